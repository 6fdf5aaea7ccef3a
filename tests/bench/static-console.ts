import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { serveBuiltPage } from '../e2e/harness'
import { builtRendererDir } from '../support/paths'
import { makeTempFolder } from '../support/temp-folders'
import { firstScreenShown, stampFirstScreen } from './first-render'

/**
 * The first screen is painted once the built-in workshop's card shows (as `first-render` waits),
 * live: not in the inert copy of the last first screen the console kept.
 */
async function waitForFirstScreen(page: Page): Promise<void> {
  await page
    .locator('#root > :not([inert]) .workshop-card', { hasText: 'Mentoring' })
    .first()
    .waitFor({ timeout: 15_000 })
}

/**
 * The console's first screen as static HTML: rendered by the built console in `context`, then
 * saved without its scripts, beside the same built assets (the same stylesheet, so the same
 * fonts), and served as the console is. Loading it costs what painting that screen costs a
 * browser with no app code at all: the floor the console's first paint is held to.
 */
export async function serveConsoleSnapshot(
  context: BrowserContext,
  consoleUrl: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const page = await context.newPage()
  let html: string
  try {
    await page.goto(consoleUrl)
    await waitForFirstScreen(page)
    html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement
      for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]'))
        script.remove()
      return `<!doctype html>\n${copy.outerHTML}`
    })
  } finally {
    await page.close()
  }
  if (html.includes('<script')) throw new Error('the console snapshot still holds a script')
  const folder = await makeTempFolder('static-console')
  await writeFile(join(folder.path, 'index.html'), html)
  await symlink(join(builtRendererDir, 'assets'), join(folder.path, 'assets'), 'dir')
  const served = await serveBuiltPage(folder.path, true)
  return {
    url: `${served.url}index.html`,
    close: async () => {
      await new Promise((resolve) => served.server.close(resolve))
      await folder.remove()
    },
  }
}

/** What a trace of one load says about laying text out, up to the first screen's paint (ms). */
export interface FirstPaintTrace {
  /** Main-thread Layout, summed. */
  layoutMs: number
  /** Style recalculation (UpdateLayoutTree), summed. */
  styleMs: number
  /** From the first font request's start to the last font's arrival (resource timing). */
  fontLoadMs: number
  /** The font files the page fetched before its first screen. */
  fonts: string[]
  /** True when the room's own face was in use for the first screen. */
  roomFontLoaded: boolean
  /** From navigation start to the first screen's paint. */
  paintedMs: number
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  cat: string
}

/**
 * Loads `url` once in a new page of `browser`'s `context` under Chromium's tracing (the
 * DevTools timeline categories) and sums, up to the first screen's paint, the main thread's
 * Layout and style recalculation; the fonts' loading comes from the page's resource timing.
 */
export async function traceFirstPaint(
  browser: Browser,
  context: BrowserContext,
  url: string,
): Promise<FirstPaintTrace> {
  const page = await context.newPage()
  await page.addInitScript(stampFirstScreen)
  try {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'blink.user_timing', 'loading'],
    })
    const shown = firstScreenShown(page)
    await page.goto(url)
    await shown
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[]
    }
    const painted = trace.traceEvents.find((e) => e.name === 'bench-first-screen')
    if (painted === undefined) throw new Error('the trace holds no first-screen mark')
    const upToPaint = trace.traceEvents.filter((e) => e.ts <= painted.ts && e.ph === 'X')
    const sum = (name: string) =>
      upToPaint.filter((e) => e.name === name).reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0)
    const seen = await page.evaluate(() => {
      const mark = performance.getEntriesByName('bench-first-screen')[0]
      const fonts = (
        performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      ).filter((e) => /\.(ttf|woff2?)$/.test(e.name) && e.startTime <= (mark?.startTime ?? 0))
      return {
        fonts: fonts.map((e) => e.name.replace(/^.*\//, '')),
        fontLoadMs:
          fonts.length === 0
            ? 0
            : Math.max(...fonts.map((e) => e.responseEnd)) -
              Math.min(...fonts.map((e) => e.startTime)),
        roomFontLoaded: document.fonts.check('16px "Atkinson Hyperlegible"'),
        paintedMs: mark?.startTime ?? Number.NaN,
      }
    })
    return { layoutMs: sum('Layout'), styleMs: sum('UpdateLayoutTree'), ...seen }
  } finally {
    await page.close()
  }
}
