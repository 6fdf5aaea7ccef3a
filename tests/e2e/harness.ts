import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { createDispatch, type Dispatch } from '@common/api/dispatch'
import { consolePageUrl } from '@common/api/first-screen'
import { apiCallNames } from '@common/api/schemas'
import { eventNames } from '@common/api/channels'
import { appHost, appScheme } from '@common/security/app-origin'
import { isAppUrl } from '@common/security/trusted-url'
import { appPageResponse } from '../../electron/services/app-pages/app-page-response'
import { launchChromium } from '../support/chromium'
import { builtRendererDir } from '../support/paths'
import { ManualClock } from '../support/manual-clock'
import { startTestServices, type TestServices } from '../support/test-services'

/**
 * Serves a built page's folder (by default the built renderer) over loopback, each answer made by
 * the same function the app's own scheme answers with, so Chromium proves those answers (content
 * types, what is and is not served) as the windows get them. With `keepAssets`, the browser may
 * keep the assets between loads (for the repeat-start benchmark). With `firstScreen`, the console's
 * page carries the library screen its last start kept, as the app's scheme serves it to the
 * console's window.
 */
export async function serveBuiltPage(
  folder: string = builtRendererDir,
  keepAssets = false,
  firstScreen?: { serve(page: string, forConsole: boolean): string },
): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://localhost')
    void (async () => {
      const answer = await appPageResponse(
        folder,
        {
          // The query too: the console's window asks for its page with one.
          url: `${appScheme}://${appHost}${pathname === '/' ? '/index.html' : pathname}${search}`,
          method: request.method ?? 'GET',
        },
        firstScreen,
      )
      const headers = Object.fromEntries(answer.headers)
      // The built assets' names carry their content's hash, so a browser may keep them, and the
      // code compiled from them, as the app's scheme keeps compiled code between starts.
      if (keepAssets && answer.ok && pathname.startsWith('/assets/'))
        headers['cache-control'] = 'max-age=31536000, immutable'
      response.writeHead(answer.status, headers)
      response.end(Buffer.from(await answer.arrayBuffer()))
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${String(port)}/` }
}

/**
 * The same bridge the preload builds (one function per call, plus `on`), with a Playwright
 * binding as the transport instead of IPC. Runs in the page before any of its scripts.
 *
 * Arguments, results and events cross as JSON text, parsed on the other side: IPC too hands each
 * side its own copy, and Playwright carries one string far faster than it walks an object (45 KB
 * of run state takes 25 ms as an object, about 1 ms as text), which would otherwise be counted
 * against the app in the sync-latency benchmark.
 */
function installBridge({ calls, events }: { calls: string[]; events: string[] }) {
  type Listener = (payload: unknown) => void
  const listeners = new Map<string, Set<Listener>>(events.map((e) => [e, new Set<Listener>()]))
  const invoke = (
    window as unknown as { __facilitatorInvoke: (n: string, a: string) => Promise<string> }
  ).__facilitatorInvoke
  const bridge: Record<string, unknown> = {}
  for (const name of calls)
    bridge[name] = async (arg: unknown) =>
      JSON.parse(await invoke(name, JSON.stringify(arg ?? {}))) as unknown
  bridge.on = (event: string, listener: Listener) => {
    listeners.get(event)?.add(listener)
    return () => listeners.get(event)?.delete(listener)
  }
  Object.defineProperty(window, 'facilitator', { value: Object.freeze(bridge) })
  Object.defineProperty(window, '__facilitatorDeliver', {
    value: (event: string, payloadText: string) => {
      const payload = JSON.parse(payloadText) as unknown
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
  })
}

/** Gives every page of `context` the bridge, its calls answered by `dispatch`. */
export async function wireBridge(context: BrowserContext, dispatch: Dispatch): Promise<void> {
  await context.exposeBinding(
    '__facilitatorInvoke',
    async (source, name: string, argText: string) =>
      JSON.stringify(
        await dispatch({ name, arg: JSON.parse(argText), senderUrl: source.frame.url() }),
      ),
  )
  await context.addInitScript(installBridge, { calls: apiCallNames, events: eventNames })
}

/** A running app for one test: real services, real temp folders, the built renderer in Chromium. */
export interface TestApp extends TestServices {
  /** The session clock shared by the services and the pages; null when real time is used. */
  clock: ManualClock | null
  /** Moves the shared clock forward (firing due timers), and the pages' clocks with it. */
  advance(ms: number): Promise<void>
  browser: Browser
  appUrl: string
  dispatch: Dispatch
  pages: Page[]
  openView(view: 'console' | 'room'): Promise<Page>
  close(): Promise<void>
}

/** A weekday morning, so planned clock times in tests read like a real workshop day. */
export const TEST_START = new Date(2026, 10, 27, 8, 55, 0).getTime()

export async function startTestApp(
  options: {
    manualClock?: boolean
    userDataDir?: string
    /** The library folder, for a test that starts the app again over the same one. */
    libraryDir?: string
    keepAssets?: boolean
    /** The system's languages, most preferred first (English by default). */
    systemLanguages?: readonly string[]
  } = {},
): Promise<TestApp> {
  const clock = options.manualClock === true ? new ManualClock(TEST_START) : null
  const services = await startTestServices({
    // The room on the network serves the phone page from the same build the windows load.
    phonePagesDir: builtRendererDir,
    ...(clock === null ? {} : { clock }),
    ...(options.userDataDir === undefined ? {} : { userDataDir: options.userDataDir }),
    ...(options.libraryDir === undefined ? {} : { libraryDir: options.libraryDir }),
    ...(options.systemLanguages === undefined ? {} : { systemLanguages: options.systemLanguages }),
  })
  const { server, url } = await serveBuiltPage(
    builtRendererDir,
    options.keepAssets,
    services.services.firstScreen,
  )
  const appUrl = `${url}index.html`
  const browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  // Pages read Date.now() from the same manual clock; their animation frames still run.
  if (clock !== null) await context.clock.setFixedTime(clock.now())
  const dispatch = createDispatch(services.services.handlers, (senderUrl) =>
    isAppUrl(senderUrl, url),
  )
  const pages: Page[] = []
  // An event that cannot be delivered fails the test at close: swallowed, it would show up only
  // as a page that never changed, far from its cause.
  const deliveryErrors: string[] = []
  let closing = false
  services.forward = (event, payload) => {
    for (const page of pages) {
      void page
        .evaluate(
          ([e, p]) => {
            const deliver = (
              window as unknown as { __facilitatorDeliver?: (e: string, p: string) => void }
            ).__facilitatorDeliver
            if (deliver === undefined) throw new Error('the page has no bridge')
            deliver(e, p)
          },
          [event, JSON.stringify(payload)] as const,
        )
        .catch((error: unknown) => {
          if (closing || page.isClosed()) return
          const message = `could not deliver ${event} to ${page.url()}: ${String(error)}`
          // A page that is reloading misses what is sent meanwhile, as a window does, and reads
          // afresh as it starts; that is logged, not failed.
          if (/context was destroyed|navigat/i.test(String(error))) console.warn(message)
          else deliveryErrors.push(message)
        })
    }
  }
  await wireBridge(context, dispatch)

  return {
    ...services,
    clock,
    async advance(ms) {
      if (clock === null) throw new Error('advance() needs startTestApp({ manualClock: true })')
      clock.advance(ms)
      await context.clock.setFixedTime(clock.now())
    },
    browser,
    appUrl,
    dispatch,
    pages,
    async openView(view) {
      const page = await context.newPage()
      pages.push(page)
      await page.goto(view === 'console' ? consolePageUrl(appUrl) : `${appUrl}#/room`)
      return page
    },
    async close() {
      closing = true
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
      await services.cleanUp()
      if (deliveryErrors.length > 0)
        throw new Error(`Events not delivered to the pages:\n${deliveryErrors.join('\n')}`)
    },
  }
}
