import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'
import { launchChromium } from '../support/chromium'
import { valueOf } from '../support/result-value'
import { openSession, urlOf } from './lan-bench'

/** Stamped by the page on the first frame that shows a prompt and a question form to type into. */
declare global {
  interface Window {
    __benchUsableAt?: number
  }
}

/**
 * What the page logs when it is usable. Waited for as a console message rather than polled with
 * `waitForFunction`, whose script Playwright would inject into the page being timed: on a phone
 * slowed 4× that costs about 80 ms of its main thread, inside the measurement.
 */
const USABLE = 'facilitator-bench: usable'

/**
 * The participant page on a slow phone: Chromium with its CPU slowed `slowdown` times, a fresh
 * context (no cache) per load, from navigation to the first animation frame (just before its
 * paint) in which the first prompt is drawn and the question form is there to type into. Also the
 * page's JavaScript as it fetched it, gzipped: the room view's code is not among it.
 */
export async function measurePhoneTti(
  loads: number,
  slowdown: number,
): Promise<{ ttiMs: number[]; participantJsGzipKb: number }> {
  const { services, status } = await openSession()
  let browser: Browser | null = null
  try {
    valueOf(await services.services.handlers.setParticipantInputs({ open: true }))
    browser = await launchChromium()
    const ttiMs: number[] = []
    let participantJsGzipKb = 0
    for (let i = 0; i < loads; i += 1) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      const scripts: Buffer[] = []
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) void response.body().then((body) => scripts.push(body))
      })
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
      await page.addInitScript((marker) => {
        requestAnimationFrame(function frame() {
          const prompt = document.querySelector('.participant-prompts li')
          const form = document.querySelector<HTMLTextAreaElement>('.participant-form textarea')
          if (prompt !== null && form !== null && !form.disabled) {
            window.__benchUsableAt = performance.now()
            console.debug(marker)
            return
          }
          requestAnimationFrame(frame)
        })
      }, USABLE)
      const usable = page.waitForEvent('console', { predicate: (m) => m.text() === USABLE })
      await page.goto(urlOf(status, 'participant'))
      await usable
      ttiMs.push(await page.evaluate(() => window.__benchUsableAt ?? Number.NaN))
      participantJsGzipKb = scripts.reduce((sum, body) => sum + gzipSync(body).byteLength, 0) / 1024
      await context.close()
    }
    return { ttiMs, participantJsGzipKb }
  } finally {
    await browser?.close()
    await services.cleanUp()
  }
}
