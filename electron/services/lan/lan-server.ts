import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { LAN_MAX_MESSAGE_BYTES, lanCloseCodes, type LanCapability } from '@common/lan/lan-constants'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import type { MessageLanguage } from '@common/i18n/locales'
import { allowedHosts, isOwnHost, isOwnOrigin } from '@common/lan/request-origin'
import { joinCodeOfPath } from '@common/lan/join-code'
import { endSocketWith, listenGuarded, securityHeaders } from './http-guard'
import { JoinGuard } from './join-guard'
import { defaultLanLimits, type LanLimits } from './lan-limits'
import type { LinkTokens } from './link-tokens'
import { LiveChannels, type LanChannel, type PageMessage } from './live-channels'
import type { PageFile } from './page-files'
import { PHONE_MESSAGES_PATH, phoneCatalogueBody, phoneLanguageOf } from './phone-catalogue'
import { RateLimit } from './rate-limit'

export type { LanChannel, PageMessage } from './live-channels'

export interface LanServerOptions {
  /** The addresses to listen on: the machine's LAN addresses (and loopback for the reach check). */
  addresses: string[]
  port: number
  pages: Map<string, PageFile>
  tokens: LinkTokens
  /** The language the phones speak now: the workshop's (English when it names none). */
  language?: () => MessageLanguage
  /** Counts wrong join codes; kept by the service so it outlives a restart of the server. */
  joinGuard?: JoinGuard
  limits?: LanLimits
  /** A page's token was accepted: send it the current state. */
  onWelcome(channel: LanChannel): void
  /** A page sent a message other than its greeting; resolves once it was answered. */
  onMessage(channel: LanChannel, message: PageMessage): Promise<void>
  /** A channel opened or closed, so the console can show how many pages follow. */
  onChannelsChanged(): void
  now?: () => number
}

export interface LanServer {
  readonly port: number
  /** Sends a message to every channel whose link has one of the capabilities. */
  broadcast(capabilities: readonly LanCapability[], message: LanServerMessage): void
  /** The live channels per capability. */
  countChannels(): Record<LanCapability, number>
  /**
   * Ends every channel of a link given out before (the tokens were renewed) within about a
   * second; the server goes on listening for the new links.
   */
  revoke(): Promise<void>
  /** Ends every channel with a message, then stops listening; within about a second. */
  close(): Promise<void>
}

/**
 * The server pages of the room connect to. Each request passes, in order: the Host and Origin
 * checks (against DNS rebinding), the rate limit, then serves one of the phone page's files, the
 * reach check, or the live channel; nothing else exists. The strict policy on the page forbids
 * any script, style or connection but its own.
 */
export async function startLanServer(options: LanServerOptions): Promise<LanServer> {
  const limits = options.limits ?? defaultLanLimits
  const now = options.now ?? Date.now
  // Known once the first address is listening (port 0 asks the system for a free one).
  let hosts = new Set<string>()
  let closing = false
  const socketLimits = new WeakMap<object, RateLimit>()
  const wss = new WebSocketServer({ noServer: true, maxPayload: LAN_MAX_MESSAGE_BYTES })
  const live = new LiveChannels({
    limits,
    tokens: options.tokens,
    now,
    onWelcome: (channel) => options.onWelcome(channel),
    onMessage: (channel, message) => options.onMessage(channel, message),
    onChannelsChanged: () => options.onChannelsChanged(),
  })

  const overRate = (socket: object): boolean => {
    let limit = socketLimits.get(socket)
    if (limit === undefined) {
      limit = new RateLimit(limits.perSecond, limits.burst, now())
      socketLimits.set(socket, limit)
    }
    return !limit.take(now())
  }

  /** Why a request is refused before anything else is read, or null. */
  const refusal = (request: IncomingMessage): { status: number; message: string } | null => {
    if (!isOwnHost(request.headers.host, hosts))
      return { status: 403, message: 'This server answers only at its own address and port.' }
    if (!isOwnOrigin(request.headers.origin, hosts))
      return { status: 403, message: 'Requests from other sites are refused.' }
    if (overRate(request.socket))
      return { status: 429, message: 'Too many requests: wait a moment and try again.' }
    return null
  }

  const handleRequest = (request: IncomingMessage, response: ServerResponse): void => {
    const refused = refusal(request)
    if (refused !== null) {
      sendText(response, refused.status, refused.message)
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, 'Only pages are served here.')
      return
    }
    const path = pathOf(request)
    if (path === '/reach') {
      sendText(response, 200, 'Facilitator is reachable.')
      return
    }
    if (path === PHONE_MESSAGES_PATH) {
      sendMessages(request, response)
      return
    }
    const code = path === null || options.pages.has(path) ? null : joinCodeOfPath(path)
    if (code !== null) {
      join(request, response, code)
      return
    }
    const file = path === null ? undefined : options.pages.get(path)
    if (file === undefined) {
      sendText(response, 404, 'There is no such page.')
      return
    }
    const host = request.headers.host ?? ''
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': file.contentType,
      'content-length': file.body.length,
      'content-security-policy': pagePolicy(host),
    })
    response.end(request.method === 'HEAD' ? undefined : file.body)
  }

  /**
   * The phone pages' words, in the language asked for or else the workshop's. Like the page's
   * files they hold no secret, so they need no token; they are never cached, as the workshop's
   * language can change.
   */
  const sendMessages = (request: IncomingMessage, response: ServerResponse): void => {
    const asked = queryOf(request)?.get('language') ?? null
    const named = phoneLanguageOf(asked)
    if (asked !== null && named === null) {
      sendText(response, 404, 'There is no such language.')
      return
    }
    const body = phoneCatalogueBody(named ?? options.language?.() ?? 'en')
    response.writeHead(200, {
      ...securityHeaders,
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      'content-security-policy': "default-src 'none'",
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  const joinGuard = options.joinGuard ?? new JoinGuard(now)

  /** A typed join code: the participants' page when it is right, a refusal that says why when not. */
  const join = (request: IncomingMessage, response: ServerResponse, code: string): void => {
    const device = deviceOf(request)
    const verdict = joinGuard.verdict(device)
    if (verdict === 'retired') {
      sendText(
        response,
        410,
        'This short code was switched off after too many wrong tries: scan the QR code on the room screen instead.',
      )
      return
    }
    if (verdict === 'device-locked') {
      sendText(
        response,
        429,
        'Too many wrong codes from this device: scan the QR code on the room screen, or try again in ten minutes.',
      )
      return
    }
    const token = options.tokens.participantTokenFor(code)
    if (token === null) {
      joinGuard.miss(device)
      sendText(response, 404, 'There is no such code: check it on the room screen.')
      return
    }
    // The token goes in the fragment, as in the full link: never sent in a request again.
    response.writeHead(302, {
      ...securityHeaders,
      location: `/#${token}`,
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': "default-src 'none'",
    })
    response.end('Joining the session…')
  }

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const refused = refusal(request)
    if (refused !== null) return endSocketWith(socket, refused.status, refused.message)
    if (pathOf(request) !== '/live') return endSocketWith(socket, 404, 'There is no such channel.')
    if (closing)
      return endSocketWith(socket, 503, 'The facilitator closed the session to the network.')
    const full = live.admissionProblem()
    if (full !== null) return endSocketWith(socket, 503, full)
    const device = deviceOf(request)
    wss.handleUpgrade(request, socket, head, (ws) => live.accept(ws, device))
  }

  const servers: Server[] = []
  let actualPort = options.port
  try {
    for (const address of options.addresses) {
      const server = await listenGuarded(address, actualPort, limits, handleRequest, handleUpgrade)
      servers.push(server)
      actualPort = (server.address() as AddressInfo).port
    }
  } catch (error) {
    // One address that cannot be used (the port taken there) leaves none of them listening.
    for (const server of servers) server.close()
    wss.close()
    throw error
  }
  hosts = allowedHosts(options.addresses, actualPort)

  return {
    port: actualPort,
    broadcast: (capabilities, message) => live.broadcast(capabilities, message),
    countChannels: () => live.counts(),
    revoke: () =>
      live.endGreeted(
        lanCloseCodes.closed,
        'The facilitator made new links: ask for the current one.',
      ),
    async close() {
      closing = true
      await live.endAll(lanCloseCodes.closed, 'The facilitator closed the session to the network.')
      wss.close()
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve())
              server.closeAllConnections()
            }),
        ),
      )
    },
  }
}

/** The device a request comes from: its address, the same whether written as IPv4 or IPv6. */
function deviceOf(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown'
  return address.startsWith('::ffff:') ? address.slice(7) : address
}

/** The request's path, or null when its target is no URL path at all. */
function pathOf(request: IncomingMessage): string | null {
  try {
    return new URL(request.url ?? '/', 'http://server').pathname
  } catch {
    return null
  }
}

/** The request's query, or null when its target is no URL at all. */
function queryOf(request: IncomingMessage): URLSearchParams | null {
  try {
    return new URL(request.url ?? '/', 'http://server').searchParams
  } catch {
    return null
  }
}

/** The page's policy: only its own scripts, styles and fonts, and only its own live channel. */
function pagePolicy(host: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ws://${host}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, {
    ...securityHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': "default-src 'none'",
  })
  response.end(message)
}
