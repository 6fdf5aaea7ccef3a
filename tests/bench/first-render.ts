import type { BrowserContext, Page } from '@playwright/test'
import type { TestApp } from '../e2e/harness'
import { consolePageUrl } from '@common/api/first-screen'
import { median } from './stats'

interface PaintWindow {
  __benchLibraryPainted?: number
  __benchLibraryLive?: number
}

/**
 * Runs in the page before its scripts: stamps the frame that first shows a `.workshop-card`
 * naming "Mentoring" (`__benchLibraryPainted`, and a `bench-first-screen` mark for traces), and
 * the frame that first shows it live, not in the inert copy of the last first screen the console
 * kept (`__benchLibraryLive`, logged as 'facilitator-bench: live screen').
 */
export function stampFirstScreen(): void {
  // performance.now() counts from this document's navigation start.
  const afterPaint = (stamp: () => void) => {
    // Just before the frame that holds the card is painted; the message runs just after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = stamp
      channel.port2.postMessage(null)
    })
  }
  let painted = false
  const observer = new MutationObserver(() => {
    const cards = [...document.querySelectorAll('.workshop-card')].filter((element) =>
      element.textContent.includes('Mentoring'),
    )
    if (cards.length === 0) return
    if (!painted) {
      painted = true
      afterPaint(() => {
        ;(window as PaintWindow).__benchLibraryPainted = performance.now()
        // For a trace: its user-timing events say where the first screen was painted.
        performance.mark('bench-first-screen')
        console.debug('facilitator-bench: first screen')
      })
    }
    if (cards.every((card) => card.closest('[inert]') !== null)) return
    observer.disconnect()
    afterPaint(() => {
      ;(window as PaintWindow).__benchLibraryLive = performance.now()
      console.debug('facilitator-bench: live screen')
    })
  })
  observer.observe(document, { subtree: true, childList: true })
}

/**
 * Resolves when `page` has stamped its first screen ({@link stampFirstScreen}). Heard as a console
 * message rather than polled with `waitForFunction`, whose script Playwright would inject into the
 * page while it starts: the console's start-up would pay for it, a static page (drawn before its
 * load event) would not.
 */
export function firstScreenShown(page: Page): Promise<unknown> {
  return page.waitForEvent('console', {
    predicate: (message) => message.text() === 'facilitator-bench: first screen',
    timeout: 15_000,
  })
}

/** Resolves when `page` has stamped its live first screen ({@link stampFirstScreen}). */
export function liveScreenShown(page: Page): Promise<unknown> {
  return page.waitForEvent('console', {
    predicate: (message) => message.text() === 'facilitator-bench: live screen',
    timeout: 15_000,
  })
}

/**
 * Loads `url` in a new page of `context` and returns the milliseconds from the start of navigation
 * to the frame that first shows a `.workshop-card` naming "Mentoring", with the load's milestones
 * (response end, DOMContentLoaded end, first contentful paint, time origin). A cold load turns the
 * HTTP cache (and the compiled code kept with it) off, so nothing is reused from an earlier load;
 * a repeat start leaves it on, as the app's scheme keeps compiled code between starts.
 */
async function timeLoad(
  context: BrowserContext,
  url: string,
  start: 'cold' | 'repeat' = 'cold',
  forgetFirstScreen?: () => Promise<unknown>,
): Promise<{ painted: number; live: number; milestones: number[]; origin: number }> {
  // A cold start is the first of a build: no first screen was kept by an earlier start either.
  if (start === 'cold') await forgetFirstScreen?.()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: start === 'cold' })
    await page.addInitScript(stampFirstScreen)
    const shown = Promise.all([firstScreenShown(page), liveScreenShown(page)])
    await page.goto(url)
    await shown
    const [painted, live] = await page.evaluate(() => [
      (window as PaintWindow).__benchLibraryPainted ?? Number.NaN,
      (window as PaintWindow).__benchLibraryLive ?? Number.NaN,
    ])
    // Milestones of the same load, to tell network, script start-up and data apart.
    const [origin, ...milestones] = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      return [
        performance.timeOrigin,
        navigation?.responseEnd ?? Number.NaN,
        navigation?.domContentLoadedEventEnd ?? Number.NaN,
        paint?.startTime ?? Number.NaN,
      ]
    })
    return { painted, live, milestones, origin }
  } finally {
    await cdp.detach()
    await page.close()
  }
}

/** Has the app keep no first screen, as before the first start of a build. */
export function forgetFirstScreen(app: TestApp): Promise<unknown> {
  return app.services.handlers.keepFirstScreen({ html: null })
}

export function contextOf(app: TestApp): BrowserContext {
  const context = app.browser.contexts()[0]
  if (context === undefined) throw new Error('the test app has no browser context')
  return context
}

/**
 * Milliseconds from the start of navigation to the frame that first shows the built-in workshop's
 * card, for each of `loads` cold loads of the console: a new page every time, nothing reused.
 */
export async function measureFirstRender(
  app: TestApp,
  loads: number,
): Promise<{ painted: number[]; parts: Record<string, number[]> }> {
  const context = contextOf(app)
  const painted: number[] = []
  const parts: Record<string, number[]> = {
    'response end': [],
    'DOMContentLoaded end': [],
    'first contentful paint': [],
    'first reads (run, library) reach main': [],
    'first reads answered in main': [],
  }
  // Stamps the first screen's reads as the main process's services receive and answer them
  // (epoch ms, comparable with the page's), to tell the app's time from the test transport's.
  const reads: { received: number; answered: number }[] = []
  const handlers = app.services.handlers
  const { getRun, listLibrary } = handlers
  const stamp = () => performance.timeOrigin + performance.now()
  const stamped =
    <A, R>(handle: (arg: A) => Promise<R>) =>
    async (arg: A) => {
      const received = stamp()
      const result = await handle(arg)
      reads.push({ received, answered: stamp() })
      return result
    }
  handlers.getRun = stamped(getRun)
  handlers.listLibrary = stamped(listLibrary)
  try {
    for (let i = 0; i < loads; i += 1) {
      reads.length = 0
      const load = await timeLoad(context, consolePageUrl(app.appUrl), 'cold', () =>
        forgetFirstScreen(app),
      )
      painted.push(load.painted)
      const milestones = [
        ...load.milestones,
        Math.min(...reads.map((read) => read.received)) - load.origin,
        Math.max(...reads.map((read) => read.answered)) - load.origin,
      ]
      Object.values(parts).forEach((list, index) => list.push(milestones[index] ?? Number.NaN))
    }
  } finally {
    handlers.getRun = getRun
    handlers.listLibrary = listLibrary
  }
  return { painted, parts }
}

/**
 * The console's first render against a floor served the same way (`floorUrl`): a bare React page
 * built with the same settings, or a static copy of the console's first screen. `loads` loads of
 * each, alternated so both see the same machine, medians compared, in `context`. On repeat starts (a context on a profile kept on disk)
 * each page is first loaded three times, the loads after which Chromium has compiled code to reuse.
 */
export async function measureFirstRenderRatio(
  context: BrowserContext,
  appUrl: string,
  floorUrl: string,
  loads: number,
  start: 'cold' | 'repeat',
  /** Before each cold load of the app: has it keep no first screen (see `forgetFirstScreen`). */
  forget?: () => Promise<unknown>,
): Promise<{ appMs: number; appLiveMs: number; floorMs: number; ratio: number }> {
  if (start === 'repeat')
    for (let i = 0; i < 3; i += 1) {
      await timeLoad(context, appUrl, start)
      await timeLoad(context, floorUrl, start)
    }
  const appLoads: number[] = []
  const appLive: number[] = []
  const floorLoads: number[] = []
  for (let i = 0; i < loads; i += 1) {
    const app = await timeLoad(context, appUrl, start, forget)
    appLoads.push(app.painted)
    appLive.push(app.live)
    floorLoads.push((await timeLoad(context, floorUrl, start)).painted)
  }
  const appMs = median(appLoads)
  const floorMs = median(floorLoads)
  return { appMs, appLiveMs: median(appLive), floorMs, ratio: appMs / floorMs }
}
