import { readdir, stat } from 'node:fs/promises'
import { request } from 'node:http'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import type { LanStatus } from '@common/lan/lan-status'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { defaultLanLimits } from '../../../electron/services/lan/lan-limits'
import { connectLan, tokenOf, writePhoneBuild } from '../../support/lan-client'

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
let app: TestServices
let build: { path: string; remove: () => Promise<void> }
let status: LanStatus
let origin: string

beforeAll(async () => {
  build = await makeTempFolder('phone-build')
  await writePhoneBuild(build.path)
  app = await startTestServices({ phonePagesDir: build.path })
  valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
  valueOf(await app.services.handlers.runCommand({ command: { type: 'start' } }))
  status = valueOf(await app.services.handlers.setLanOpen({ open: true, port: 0 }))
  origin = `http://127.0.0.1:${String(status.port)}`
  valueOf(await app.services.handlers.setParticipantInputs({ open: true }))
  valueOf(
    await app.services.handlers.openVote({
      question: 'Q',
      options: ['a', 'b'],
      mode: 'dots',
      dots: 2,
    }),
  )
})
afterAll(async () => {
  await app.cleanUp()
  await build.remove()
})

/** Every file under a folder with its size and change time, to see what was written. */
async function listFiles(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const info = await stat(path)
    files.set(relative(folder, path), `${String(info.size)}@${String(info.mtimeMs)}`)
  }
  return files
}

/**
 * Files that changed or appeared, leaving out the session record and the run's restore point
 * (with its backup), which a remote's commands rightly change.
 */
function written(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after]
    .filter(([path, mark]) => before.get(path) !== mark)
    .map(([path]) => path)
    .filter((path) => !path.startsWith('sessions/') && !path.includes('run-restore.json'))
}

function token(capability: 'remote' | 'room' | 'participant'): string {
  return tokenOf(status.links.find((l) => l.capability === capability)?.urls[0] ?? '')
}

const hostile = fc.constantFrom(
  -1,
  1e308,
  Number.NaN,
  '',
  '__proto__',
  'x'.repeat(3000),
  '\u0000',
  '../../etc/passwd',
  [],
  {},
  null,
  true,
)

/** Messages of every type, each well-formed or with any of its fields replaced by hostile input. */
const message = fc.oneof(
  fc.record({ type: fc.constant('hello'), token: fc.oneof(fc.string(), hostile) }),
  fc.record({
    type: fc.constant('command'),
    id: fc.oneof(fc.nat(), hostile),
    command: fc.oneof(
      fc.constantFrom(
        { type: 'toggleBlank' },
        { type: 'adjust', minutes: 1 },
        { type: 'end' },
        { type: 'jump', itemIndex: 3 },
        { type: 'message', text: 'x' },
      ),
      fc.jsonValue(),
      hostile,
    ),
  }),
  fc.record({
    type: fc.constant('input'),
    id: fc.oneof(fc.nat(), hostile),
    kind: fc.oneof(fc.constantFrom('question', 'note'), hostile),
    name: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(null), hostile),
    text: fc.oneof(fc.string({ maxLength: 600 }), hostile),
  }),
  fc.record({
    type: fc.constant('ballot'),
    id: fc.oneof(fc.nat(), hostile),
    voteId: fc.oneof(fc.string(), hostile),
    voter: fc.oneof(fc.string({ minLength: 8, maxLength: 70 }), hostile),
    choices: fc.oneof(fc.array(fc.integer({ min: -2, max: 25 }), { maxLength: 25 }), hostile),
  }),
  fc.jsonValue(),
)

const frame = fc.oneof(
  message.map((m) => JSON.stringify(m)),
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
)

function pathnameOf(target: string): string | null {
  try {
    return new URL(target, 'http://server').pathname
  } catch {
    return null
  }
}

function rawRequest(options: {
  method: string
  path: string
  headers: Record<string, string>
}): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        setHost: false,
        host: '127.0.0.1',
        port: status.port,
        method: options.method,
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    // A request Node itself refuses to send (a header it cannot carry) is no test of the server.
    req.on('error', () => resolve(-1))
    req.end()
  })
}

describe('the server under random and hostile input', () => {
  it('answers every request to any path, method and headers without crashing or serving a file it does not own', async () => {
    const before = new Map([
      ...(await listFiles(app.libraryDir)),
      ...(await listFiles(app.userDataDir)),
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
        fc.oneof(
          fc.constantFrom(
            '/',
            '/reach',
            '/live',
            '/assets/index-console.js',
            '/../phone.html',
            '/%2e%2e/%2e%2e/etc/passwd',
            '/phone.html',
            '/assets/',
            '//',
          ),
          fc.webPath(),
        ),
        fc.constantFrom('own', 'foreign', 'missing'),
        fc.option(fc.constantFrom(origin, 'http://evil.example', 'null', 'x')),
        async (method, path, host, requestOrigin) => {
          const headers: Record<string, string> = {}
          // 'missing' sends no Host at all (setHost: false below).
          if (host !== 'missing')
            headers.host = host === 'own' ? `127.0.0.1:${String(status.port)}` : 'evil.example'
          if (requestOrigin !== null) headers.origin = requestOrigin
          const sent = path.startsWith('/') ? path : `/${path}`
          const code = await rawRequest({ method, path: sent, headers })
          const ownPage = ['/', '/reach', '/assets/phone-abc.js', '/assets/shared-def.js'].includes(
            pathnameOf(sent) ?? '',
          )
          if (code === 200)
            expect(ownPage && host === 'own' && ['GET', 'HEAD'].includes(method)).toBe(true)
        },
      ),
      { numRuns: 150 },
    )
    const after = new Map([
      ...(await listFiles(app.libraryDir)),
      ...(await listFiles(app.userDataDir)),
    ])
    expect(written(before, after)).toEqual([])
  })

  it('takes any frame on any link without crashing, and writes nothing outside the session record', async () => {
    const before = new Map([
      ...(await listFiles(app.libraryDir)),
      ...(await listFiles(app.userDataDir)),
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('remote', 'room', 'participant', 'none'),
        fc.array(frame, { minLength: 1, maxLength: 8 }),
        async (capability, frames) => {
          const page = await connectLan(origin, capability === 'none' ? null : token(capability))
          for (const f of frames) page.socket.send(f)
          // A greeting after the frames: the server still answers, or closed this channel alone.
          page.socket.send(JSON.stringify({ type: 'hello', token: token('room') }))
          await new Promise((resolve) => setTimeout(resolve, 20))
          page.socket.close()
          await page.closed
        },
      ),
      { numRuns: 120 },
    )
    const after = new Map([
      ...(await listFiles(app.libraryDir)),
      ...(await listFiles(app.userDataDir)),
    ])
    expect(written(before, after)).toEqual([])
    // Still serving: a fresh page is welcomed.
    const fresh = await connectLan(origin, token('room'))
    const welcome = await fresh.next(
      (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
        m.type === 'welcome',
    )
    expect(welcome.capability).toBe('room')
    fresh.socket.close()
  })

  it('holds when one link sends from many connections at once: every id is answered, and the list keeps to one device’s quota', async () => {
    const limits = defaultLanLimits
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 40 }),
        fc.array(
          fc.oneof(
            fc.record({
              type: fc.constant('input'),
              kind: fc.constantFrom('question', 'note'),
              name: fc.option(fc.string({ maxLength: 20 })),
              text: fc.string({ minLength: 1, maxLength: 100 }),
            }),
            fc.record({
              type: fc.constant('ballot'),
              voteId: fc.string({ maxLength: 40 }),
              voter: fc.string({ minLength: 8, maxLength: 20 }),
              choices: fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 3 }),
            }),
            fc.record({ type: fc.constant('command'), command: fc.constant({ type: 'start' }) }),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        async (connections, messages) => {
          const pages = await Promise.all(
            Array.from({ length: connections }, () => connectLan(origin, token('participant'))),
          )
          await Promise.all(
            pages.map((p) =>
              p.next(
                (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
                  m.type === 'welcome',
              ),
            ),
          )
          for (const page of pages)
            messages.forEach((m, index) => page.send({ ...m, id: index + 1 }))
          const answered = (page: (typeof pages)[number]) =>
            new Set(page.received.flatMap((m) => (m.type === 'ack' ? [m.id] : []))).size
          const end = performance.now() + 5000
          while (pages.some((p) => answered(p) < messages.length) && performance.now() < end)
            await new Promise((resolve) => setTimeout(resolve, 20))
          for (const page of pages) expect(answered(page)).toBe(messages.length)
          const inbox = valueOf(await app.services.handlers.getLanStatus({})).moderation.inbox
          expect(inbox.filter((i) => i.status === 'new').length).toBeLessThanOrEqual(
            limits.inputsWaitingPerDevice,
          )
          expect(inbox.length).toBeLessThanOrEqual(limits.maxInbox)
          for (const page of pages) page.socket.close()
          await Promise.all(pages.map((p) => p.closed))
        },
      ),
      { numRuns: 15 },
    )
  })
})
