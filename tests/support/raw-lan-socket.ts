import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'

/**
 * A live channel spoken by hand over a plain TCP socket, as a hostile page would: it completes
 * the handshake and sends frames, but never answers the server's close frame, so only the server
 * can end it.
 */
export interface RawLanSocket {
  socket: Socket
  /** Everything the server sent after the handshake, as raw bytes. */
  received(): Buffer
  /** Sends one masked text frame (every frame from a client must be masked). */
  sendText(text: string): void
  /** Resolves with the time the TCP connection was closed. */
  closed: Promise<number>
}

export function openRawLanSocket(
  port: number,
  options: { localAddress?: string } = {},
): Promise<RawLanSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, ...options })
    let buffer = Buffer.alloc(0)
    let upgraded = false
    const closed = new Promise<number>((done) => socket.on('close', () => done(performance.now())))
    socket.on('error', () => undefined)
    socket.once('connect', () => {
      socket.write(
        `GET /live HTTP/1.1\r\nHost: 127.0.0.1:${String(port)}\r\nOrigin: http://127.0.0.1:${String(port)}\r\n` +
          `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n\r\n`,
      )
    })
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      if (upgraded) return
      const end = buffer.indexOf('\r\n\r\n')
      if (end < 0) return
      const head = buffer.subarray(0, end).toString('latin1')
      buffer = buffer.subarray(end + 4)
      if (!head.startsWith('HTTP/1.1 101')) {
        reject(new Error(head.split('\r\n')[0]))
        return
      }
      upgraded = true
      resolve({
        socket,
        closed,
        received: () => buffer,
        sendText: (text) => socket.write(maskedTextFrame(text)),
      })
    })
    socket.once('close', () => reject(new Error('closed during the handshake')))
  })
}

function maskedTextFrame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8')
  const mask = randomBytes(4)
  const length = payload.length
  const head =
    length < 126
      ? Buffer.from([0x81, 0x80 | length])
      : Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff])
  const masked = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] ?? 0)))
  return Buffer.concat([head, mask, masked])
}
