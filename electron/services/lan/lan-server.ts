import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { formatIssues } from '@common/domain/validation-message'
import { LAN_MAX_MESSAGE_BYTES, lanCloseCodes, type LanCapability } from '@common/lan/lan-constants'
import {
  lanClientMessageSchema,
  type LanClientMessage,
  type LanServerMessage,
} from '@common/lan/lan-protocol'
import { allowedHosts, isOwnHost, isOwnOrigin } from '@common/lan/request-origin'
import type { LinkTokens } from './link-tokens'
import type { PageFile } from './page-files'
import { RateLimit } from './rate-limit'

/** How much the server takes before it refuses, each with a message that says so. */
export interface LanLimits {
  /** Live channels at once, all links together. */
  maxChannels: number
  /** Messages (and page requests) per second per connection, on average… */
  perSecond: number
  /** …after a burst of this many. */
  burst: number
  /** Refused messages in a row before the channel is closed as a flood. */
  floodClose: number
  /** How long a new channel may take to send its token. */
  helloTimeoutMs: number
}

export const defaultLanLimits: LanLimits = {
  maxChannels: 300,
  perSecond: 10,
  burst: 30,
  floodClose: 100,
  helloTimeoutMs: 5000,
}

/** One page's live channel, once its token was accepted. */
export interface LanChannel {
  readonly capability: LanCapability
  send(message: LanServerMessage): void
}

export interface LanServerOptions {
  /** The addresses to listen on: the machine's LAN addresses (and loopback for the reach check). */
  addresses: string[]
  port: number
  pages: Map<string, PageFile>
  tokens: LinkTokens
  limits?: LanLimits
  /** A page's token was accepted: send it the current state. */
  onWelcome(channel: LanChannel): void
  /** A page sent a message other than its greeting. */
  onMessage(channel: LanChannel, message: Exclude<LanClientMessage, { type: 'hello' }>): void
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
  /** Closes every channel with a message, then stops listening. */
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
  const channels = new Set<{ socket: WebSocket; channel: LanChannel }>()
  const socketLimits = new WeakMap<object, RateLimit>()
  const wss = new WebSocketServer({ noServer: true, maxPayload: LAN_MAX_MESSAGE_BYTES })

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

  const refuseUpgrade = (socket: Duplex, status: number, message: string): void => {
    socket.end(
      `HTTP/1.1 ${String(status)} Refused\r\ncontent-type: text/plain; charset=utf-8\r\n` +
        `content-length: ${String(Buffer.byteLength(message))}\r\nconnection: close\r\n\r\n${message}`,
    )
  }

  const handleUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const refused = refusal(request)
    if (refused !== null) return refuseUpgrade(socket, refused.status, refused.message)
    if (pathOf(request) !== '/live') return refuseUpgrade(socket, 404, 'There is no such channel.')
    if (channels.size >= limits.maxChannels)
      return refuseUpgrade(
        socket,
        503,
        `Too many devices are connected (${String(limits.maxChannels)}): close a page on another device.`,
      )
    wss.handleUpgrade(request, socket, head, (ws) => acceptChannel(ws))
  }

  const acceptChannel = (socket: WebSocket): void => {
    let entry: { socket: WebSocket; channel: LanChannel } | null = null
    let refusedInARow = 0
    let lastRefusalSent = -Infinity
    const helloTimer = setTimeout(() => {
      socket.close(lanCloseCodes.noHello, 'The page did not send its link’s token in time.')
    }, limits.helloTimeoutMs)
    const send = (message: LanServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
    }
    const refuse = (message: string) => {
      refusedInARow += 1
      if (refusedInARow >= limits.floodClose) {
        socket.close(lanCloseCodes.flood, 'Too many refused messages: the page was disconnected.')
        return
      }
      // At most one refusal a second: answering every message of a flood would feed it.
      if (now() - lastRefusalSent < 1000) return
      lastRefusalSent = now()
      send({ type: 'refused', message })
    }

    socket.on('message', (data, isBinary) => {
      if (overRate(socket)) return refuse('Too many messages: wait a moment and send again.')
      const parsed = parseMessage(data, isBinary)
      if (!parsed.ok) return refuse(parsed.message)
      const message = parsed.value
      if (message.type === 'hello') {
        if (entry !== null) return refuse('This page already sent its token.')
        clearTimeout(helloTimer)
        const capability = options.tokens.capabilityOf(message.token)
        if (capability === null) {
          socket.close(
            lanCloseCodes.badToken,
            'This link is not valid any more: ask the facilitator for the current one.',
          )
          return
        }
        entry = { socket, channel: { capability, send } }
        channels.add(entry)
        options.onWelcome(entry.channel)
        options.onChannelsChanged()
        return
      }
      if (entry === null) {
        socket.close(lanCloseCodes.noHello, 'The first message must carry the link’s token.')
        return
      }
      refusedInARow = 0
      options.onMessage(entry.channel, message)
    })
    socket.on('close', () => {
      clearTimeout(helloTimer)
      if (entry !== null && channels.delete(entry)) options.onChannelsChanged()
    })
    // A socket error (a phone that vanished) ends in 'close'; nothing else is to be done.
    socket.on('error', () => undefined)
  }

  const servers: Server[] = []
  let actualPort = options.port
  try {
    for (const address of options.addresses) {
      const server = await listen(address, actualPort, handleRequest, handleUpgrade)
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
    broadcast(capabilities, message) {
      const text = JSON.stringify(message)
      for (const { socket, channel } of channels) {
        if (capabilities.includes(channel.capability) && socket.readyState === socket.OPEN)
          socket.send(text)
      }
    },
    countChannels() {
      const counts: Record<LanCapability, number> = { remote: 0, room: 0, participant: 0 }
      for (const { channel } of channels) counts[channel.capability] += 1
      return counts
    },
    async close() {
      for (const client of wss.clients)
        client.close(lanCloseCodes.closed, 'The facilitator closed the session to the network.')
      channels.clear()
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

/** The request's path, or null when its target is no URL path at all. */
function pathOf(request: IncomingMessage): string | null {
  try {
    return new URL(request.url ?? '/', 'http://server').pathname
  } catch {
    return null
  }
}

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
}

/** The page's policy: only its own scripts, styles and fonts, and only its own live channel. */
function pagePolicy(host: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ws://${host}`,
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

type Parsed = { ok: true; value: LanClientMessage } | { ok: false; message: string }

function parseMessage(data: unknown, isBinary: boolean): Parsed {
  if (isBinary || !Buffer.isBuffer(data)) return { ok: false, message: 'Messages are JSON text.' }
  let json: unknown
  try {
    json = JSON.parse(data.toString('utf8'))
  } catch {
    return { ok: false, message: 'The message is not JSON.' }
  }
  const parsed = lanClientMessageSchema.safeParse(json)
  if (!parsed.success) return { ok: false, message: formatIssues(parsed.error.issues) }
  return { ok: true, value: parsed.data }
}

function listen(
  address: string,
  port: number,
  onRequest: (request: IncomingMessage, response: ServerResponse) => void,
  onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void,
): Promise<Server> {
  const server = createServer({ requestTimeout: 10_000, headersTimeout: 5000 }, onRequest)
  server.on('upgrade', onUpgrade)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: address, port }, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}
