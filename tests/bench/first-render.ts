import type { BrowserContext, Page } from '@playwright/test'
import type { TestApp } from '../e2e/harness'
import { median } from './stats'

interface PaintWindow {
  __benchLibraryPainted?: number
}

/**
 * Runs in the page before its scripts: stamps the frame that first shows a `.workshop-card`
 * naming "Mentoring" (`__benchLibraryPainted`, and a `bench-first-screen` mark for traces).
 */
export function stampFirstScreen(): void {
  // performance.now() counts from this document's navigation start.
  const observer = new MutationObserver(() => {
    const card = [...document.querySelectorAll('.workshop-card')].find((element) =>
      element.textContent.includes('Mentoring'),
    )
    if (card === undefined) return
    observer.disconnect()
    // Just before the frame that holds the card is painted; the message runs just after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        ;(window as PaintWindow).__benchLibraryPainted = performance.now()
        // For a trace: its user-timing events say where the first screen was painted.
        performance.mark('bench-first-screen')
        console.debug('facilitator-bench: first screen')
      }
      channel.port2.postMessage(null)
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
): Promise<{ painted: number; milestones: number[]; origin: number }> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: start === 'cold' })
    await page.addInitScript(stampFirstScreen)
    const shown = firstScreenShown(page)
    await page.goto(url)
    await shown
    const painted = await page.evaluate(
      () => (window as PaintWindow).__benchLibraryPainted ?? Number.NaN,
    )
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
    return { painted, milestones, origin }
  } finally {
    await cdp.detach()
    await page.close()
  }
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
      const load = await timeLoad(context, `${app.appUrl}#/console`)
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
): Promise<{ appMs: number; floorMs: number; ratio: number }> {
  if (start === 'repeat')
    for (let i = 0; i < 3; i += 1) {
      await timeLoad(context, appUrl, start)
      await timeLoad(context, floorUrl, start)
    }
  const appLoads: number[] = []
  const floorLoads: number[] = []
  for (let i = 0; i < loads; i += 1) {
    appLoads.push((await timeLoad(context, appUrl, start)).painted)
    floorLoads.push((await timeLoad(context, floorUrl, start)).painted)
  }
  const appMs = median(appLoads)
  const floorMs = median(floorLoads)
  return { appMs, floorMs, ratio: appMs / floorMs }
}
