import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { LanLimits } from './lan-limits'

/** Headers on every answer the server gives, its own refusals and Node's included. */
export const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
}

/**
 * A plain-text answer written straight on a socket, for the times there is no response object
 * (an upgrade refused, a request Node could not parse), with the headers every answer carries.
 */
export function endSocketWith(socket: Duplex, status: number, message: string): void {
  const headers = {
    ...securityHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-security-policy': "default-src 'none'",
    'content-length': String(Buffer.byteLength(message)),
    connection: 'close',
  }
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`)
  socket.end(
    `HTTP/1.1 ${String(status)} ${reasons[status] ?? 'Refused'}\r\n${lines.join('')}\r\n${message}`,
  )
}

const reasons: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
}

/** What Node's own parser refused, as the status and words a phone's browser shows. */
function clientErrorAnswer(code: string | undefined): { status: number; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW')
    return { status: 431, message: 'The request’s headers are too large.' }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return { status: 408, message: 'The request took too long to arrive.' }
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW')
    return { status: 413, message: 'The request is too large.' }
  return { status: 400, message: 'The request could not be read.' }
}

/**
 * One listening HTTP server with its timeouts acting within their stated seconds (Node checks
 * them only every `connectionsCheckingInterval`, 30 s unless told), Node's own refusals carrying
 * our headers, and at most `maxHttpConnections` plain connections: past it the oldest is cut, so
 * idle connections cannot keep a phone from loading its page.
 */
export function listenGuarded(
  address: string,
  port: number,
  limits: LanLimits,
  onRequest: (request: IncomingMessage, response: ServerResponse) => void,
  onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void,
): Promise<Server> {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(250, Math.max(50, limits.headersTimeoutMs / 10)),
    },
    onRequest,
  )
  // Insertion order is age: the first is the oldest.
  const plain = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    plain.add(socket)
    socket.once('close', () => plain.delete(socket))
    if (plain.size > limits.maxHttpConnections) {
      const oldest = plain.values().next().value
      if (oldest !== undefined) {
        plain.delete(oldest)
        oldest.destroy()
      }
    }
  })
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A live channel is counted by the channel limits from here on, not as a plain connection.
    plain.delete(request.socket)
    onUpgrade(request, socket, head)
  })
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A connection reset, or one already answered, has nobody left to tell.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const { status, message } = clientErrorAnswer(error.code)
    endSocketWith(socket, status, message)
    socket.once('finish', () => socket.destroy())
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: address, port }, () => {
      server.off('error', reject)
      resolve(server)
    })
  })
}
