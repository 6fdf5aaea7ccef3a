import type { World } from './world'

interface Privileges {
  standard?: boolean
  secure?: boolean
  supportFetchAPI?: boolean
  codeCache?: boolean
}

type Handler = (request: Request) => Response | Promise<Response>

/** What one request to a handled scheme answered, for the tests and the page loader. */
export interface SchemeAnswer {
  status: number
  type: string
  body: string
}

/**
 * `protocol` as Electron behaves where the app depends on it: schemes are made privileged
 * before `ready` and once only (Electron throws otherwise), code cache only for a standard
 * scheme; `handle` after `ready`, once per scheme. A page on a scheme nobody handles fails to
 * load, and one on a scheme that is not standard cannot resolve the relative URLs of its scripts.
 */
export class StandInProtocol {
  private registered = false
  readonly privileged = new Map<string, Privileges>()
  private readonly handlers = new Map<string, Handler>()

  constructor(private readonly world: World) {}

  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Privileges }[]): void {
    if (this.world.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    if (this.registered)
      throw new Error('protocol.registerSchemesAsPrivileged can be called only once')
    this.registered = true
    for (const { scheme, privileges = {} } of schemes) {
      if (privileges.codeCache === true && privileges.standard !== true)
        throw new Error(
          'Code cache can only be enabled when the custom scheme is registered as standard scheme.',
        )
      this.privileged.set(scheme, privileges)
    }
  }

  handle(scheme: string, handler: Handler): void {
    this.world.requireReady('protocol.handle')
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    this.handlers.set(scheme, handler)
  }

  handledSchemes(): string[] {
    return [...this.handlers.keys()]
  }

  /** True when pages of `url`'s scheme resolve relative URLs: http(s), file, or a standard one. */
  resolvesRelativeUrls(url: string): boolean {
    const scheme = new URL(url).protocol.slice(0, -1)
    return (
      ['http', 'https', 'file'].includes(scheme) || this.privileged.get(scheme)?.standard === true
    )
  }

  /** Fetches `url` through its scheme's handler, as Chromium would; null when nobody handles it. */
  async fetch(url: string, method = 'GET'): Promise<SchemeAnswer | null> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1))
    if (handler === undefined) return null
    let response: Response
    try {
      response = await handler(new Request(url, { method }))
    } catch (error) {
      // Chromium sees a handler that throws as a failed request, with no answer at all.
      return { status: 0, type: '', body: String(error) }
    }
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      body: await response.text(),
    }
  }
}
