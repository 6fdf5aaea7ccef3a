import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { WebSocket } from 'ws'
import type { LanServerMessage } from '@common/lan/lan-protocol'

/** A phone's live channel as a test drives it: what it received, in order, and how it closed. */
export interface LanTestClient {
  socket: WebSocket
  received: LanServerMessage[]
  /** Waits for the first received message that matches, however long ago it came. */
  next<T extends LanServerMessage>(match: (m: LanServerMessage) => m is T): Promise<T>
  send(message: unknown): void
  closed: Promise<{ code: number; reason: string }>
}

/**
 * Opens a live channel to `origin` (http://host:port), greeting with `token` unless null. A
 * `localAddress` of another loopback address (127.0.0.2…) stands for another phone.
 */
export async function connectLan(
  origin: string,
  token: string | null,
  headers: Record<string, string> = {},
  localAddress?: string,
): Promise<LanTestClient> {
  const socket = new WebSocket(`${origin.replace('http:', 'ws:')}/live`, {
    headers: { origin, ...headers },
    ...(localAddress === undefined ? {} : { localAddress }),
  })
  const received: LanServerMessage[] = []
  const waiters = new Set<() => void>()
  socket.on('message', (data: Buffer) => {
    received.push(JSON.parse(data.toString('utf8')) as LanServerMessage)
    for (const wake of waiters) wake()
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString('utf8') })
      for (const wake of waiters) wake()
    })
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  if (token !== null) socket.send(JSON.stringify({ type: 'hello', token }))
  return {
    socket,
    received,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: <T extends LanServerMessage>(match: (m: LanServerMessage) => m is T) =>
      new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = received.find(match)
          if (found !== undefined) {
            waiters.delete(check)
            resolve(found)
          } else if (socket.readyState === socket.CLOSED) {
            waiters.delete(check)
            reject(new Error(`The channel closed first; received ${JSON.stringify(received)}`))
          }
        }
        waiters.add(check)
        check()
      }),
  }
}

/** The token in a link (it travels in the fragment). */
export function tokenOf(url: string): string {
  return new URL(url).hash.slice(1)
}

/** A stand-in build folder: a phone page naming one script, and one file it does not name. */
export async function writePhoneBuild(dir: string): Promise<void> {
  await mkdir(join(dir, 'assets'), { recursive: true })
  await writeFile(
    join(dir, 'phone.html'),
    '<!doctype html><script type="module" src="./assets/phone-abc.js"></script>',
  )
  await writeFile(join(dir, 'assets/phone-abc.js'), 'import "./shared-def.js"')
  await writeFile(join(dir, 'assets/shared-def.js'), 'export {}')
  await writeFile(join(dir, 'assets/index-console.js'), 'console code')
  await writeFile(join(dir, 'index.html'), '<!doctype html>')
}

/**
 * A plain HTTP GET from `localAddress` (another loopback address stands for another phone), with
 * the headers a test chooses; fetch would not let it set Host.
 */
export function httpGet(
  origin: string,
  path: string,
  options: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(path, origin)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { host: url.host, ...options.headers },
        ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
      },
      (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })
}
