import type { TestApp } from '../e2e/harness'

interface PaintWindow {
  __benchLibraryPainted?: number
}

/**
 * Milliseconds from the start of navigation to the frame that first shows the built-in workshop's
 * card, for each of `loads` cold loads: a new page every time, with the HTTP cache (and the
 * compiled-code cache kept in it) turned off, so nothing is reused from the previous load.
 */
export async function measureFirstRender(
  app: TestApp,
  loads: number,
): Promise<{ painted: number[]; parts: Record<string, number[]> }> {
  const context = app.browser.contexts()[0]
  if (context === undefined) throw new Error('the test app has no browser context')
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
  for (let i = 0; i < loads; i += 1) {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.addInitScript(() => {
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
          }
          channel.port2.postMessage(null)
        })
      })
      observer.observe(document, { subtree: true, childList: true })
    })
    reads.length = 0
    await page.goto(`${app.appUrl}#/console`)
    const shown = await page.waitForFunction(
      () => (window as PaintWindow).__benchLibraryPainted,
      undefined,
      { polling: 50, timeout: 15_000 },
    )
    painted.push((await shown.jsonValue()) ?? Number.NaN)
    // Milestones of the same load, to tell network, script start-up and data apart.
    const milestones = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined
      const paint = performance.getEntriesByName('first-contentful-paint')[0]
      return [
        navigation?.responseEnd ?? Number.NaN,
        navigation?.domContentLoadedEventEnd ?? Number.NaN,
        paint?.startTime ?? Number.NaN,
        performance.timeOrigin,
      ]
    })
    const origin = milestones.pop() ?? Number.NaN
    milestones.push(
      Math.min(...reads.map((read) => read.received)) - origin,
      Math.max(...reads.map((read) => read.answered)) - origin,
    )
    Object.values(parts).forEach((list, index) => list.push(milestones[index] ?? Number.NaN))
    await cdp.detach()
    await page.close()
  }
  handlers.getRun = getRun
  handlers.listLibrary = listLibrary
  return { painted, parts }
}
