import { connect } from 'node:net'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import { lanCloseCodes } from '@common/lan/lan-constants'
import type { LanStatus } from '@common/lan/lan-status'
import type { LanLimits } from '../../../electron/services/lan/lan-limits'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { connectLan, tokenOf, writePhoneBuild, type LanTestClient } from '../../support/lan-client'
import { openRawLanSocket } from '../../support/raw-lan-socket'

// Each finding of a hostile phone on loopback, as it was seen; another loopback address
// (127.0.0.2…) stands for another phone.

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
let app: TestServices | null = null
let build: { path: string; remove: () => Promise<void> }

beforeEach(async () => {
  build = await makeTempFolder('phone-build')
  await writePhoneBuild(build.path)
})
afterEach(async () => {
  await app?.cleanUp()
  app = null
  await build.remove()
})

/** A running session open to the network, with the limits given. */
async function running(limits: Partial<LanLimits> = {}): Promise<{
  api: TestServices['services']['handlers']
  status: LanStatus
  origin: string
  token: (capability: 'remote' | 'room' | 'participant') => string
}> {
  app = await startTestServices({ phonePagesDir: build.path, lanLimits: limits })
  const api = app.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  valueOf(await api.runCommand({ command: { type: 'start' } }))
  const status = valueOf(await api.setLanOpen({ open: true, port: 0 }))
  const token = (capability: 'remote' | 'room' | 'participant') =>
    tokenOf(status.links.find((l) => l.capability === capability)?.urls[0] ?? '')
  return { api, status, origin: `http://127.0.0.1:${String(status.port)}`, token }
}

const isWelcome = (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
  m.type === 'welcome'
const acks = (page: LanTestClient) =>
  page.received.filter((m): m is Extract<LanServerMessage, { type: 'ack' }> => m.type === 'ack')
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until `check` holds, polling, for at most `ms`. */
async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms
  while (!check()) {
    if (performance.now() > end) return false
    await wait(10)
  }
  return true
}

/** Resolves with how long the call took, or fails past `ms`. */
async function timed(call: Promise<unknown>, ms: number): Promise<number> {
  const started = performance.now()
  await Promise.race([
    call,
    wait(ms).then(() => {
      throw new Error(`still waiting after ${String(ms)} ms`)
    }),
  ])
  return performance.now() - started
}

/** A remote that ignores the close frame, welcomed and ready to send commands. */
async function stubbornRemote(port: number, token: string) {
  const raw = await openRawLanSocket(port)
  raw.sendText(JSON.stringify({ type: 'hello', token }))
  expect(await until(() => raw.received().includes('"welcome"'), 2000)).toBe(true)
  return raw
}

describe('1. revoking revokes at once, whatever the page does', () => {
  it('cuts a page that ignores the close frame within 1 s of switching off, and does nothing it sends after', async () => {
    const { api, status, token } = await running()
    const raw = await stubbornRemote(status.port, token('remote'))
    const started = performance.now()
    expect(await timed(api.setLanOpen({ open: false }), 2000)).toBeLessThan(1000)
    raw.sendText(JSON.stringify({ type: 'command', id: 1, command: { type: 'toggleBlank' } }))
    expect(
      (await Promise.race([raw.closed, wait(2000).then(() => Infinity)])) - started,
    ).toBeLessThan(1000)
    await wait(100)
    expect(valueOf(await api.getRun({})).state?.blanked).toBe(false)
  })

  it('swaps the tokens on New links without taking the server down, and cuts the old pages within 1 s', async () => {
    const { api, status, origin, token } = await running()
    const raw = await stubbornRemote(status.port, token('remote'))
    const started = performance.now()
    const renewing = api.renewLanLinks({})
    // The server answers all along: a page reloading during the swap is served.
    const page = await fetch(`${origin}/reach`)
    expect(page.status).toBe(200)
    expect(await timed(renewing, 2000)).toBeLessThan(1000)
    raw.sendText(JSON.stringify({ type: 'command', id: 1, command: { type: 'toggleBlank' } }))
    expect(
      (await Promise.race([raw.closed, wait(2000).then(() => Infinity)])) - started,
    ).toBeLessThan(1000)
    await wait(100)
    expect(valueOf(await api.getRun({})).state?.blanked).toBe(false)
    const renewed = valueOf(await api.getLanStatus({}))
    expect(renewed.port).toBe(status.port)
    const fresh = await connectLan(origin, tokenOf(renewed.links[0]?.urls[0] ?? ''))
    expect((await fresh.next(isWelcome)).capability).toBe('remote')
    fresh.socket.close()
  })
  it.each(['end', 'leave', 'quit'] as const)(
    'cuts such a page within 1 s when the facilitator chooses %s',
    async (how) => {
      const { api, status, token } = await running()
      const raw = await stubbornRemote(status.port, token('remote'))
      const started = performance.now()
      const done =
        how === 'end'
          ? api.runCommand({ command: { type: 'end' } })
          : how === 'leave'
            ? api.closeRun({})
            : (app?.services.flush() ?? Promise.resolve())
      await timed(done, 2000)
      const closedAt = await Promise.race([raw.closed, wait(2000).then(() => Infinity)])
      expect(closedAt - started).toBeLessThan(1000)
    },
  )
})

describe('2. admission cannot be raced', () => {
  it('lets no more participants in than their slots, however many connect at once, and keeps the remote’s', async () => {
    const { origin, token } = await running({ maxChannels: 20, followerSlots: 4 })
    const crowd = await Promise.all(
      Array.from({ length: 40 }, () => connectLan(origin, token('participant')).catch(() => null)),
    )
    const pages = crowd.filter((p): p is LanTestClient => p !== null)
    await until(
      () => pages.every((p) => p.received.some(isWelcome) || p.socket.readyState > p.socket.OPEN),
      3000,
    )
    const welcomed = pages.filter(
      (p) => p.received.some(isWelcome) && p.socket.readyState === p.socket.OPEN,
    )
    expect(welcomed.length).toBe(16)
    const turnedAway = pages.filter((p) => !p.received.some(isWelcome))
    expect((await turnedAway[0]?.closed)?.reason).toMatch(/Too many devices are connected/)
    const remote = await connectLan(origin, token('remote'))
    expect((await remote.next(isWelcome)).capability).toBe('remote')
    for (const page of [...pages, remote]) page.socket.close()
  })

  it('counts pages that never greet from their upgrade, and they cannot keep the remote out', async () => {
    const { origin, token } = await running({ maxChannels: 10, followerSlots: 2, maxUngreeted: 5 })
    const silent = await Promise.all(
      Array.from({ length: 30 }, () => connectLan(origin, null).catch(() => null)),
    )
    await wait(50)
    const stillOpen = silent.filter((p) => p !== null && p.socket.readyState === p.socket.OPEN)
    expect(stillOpen.length).toBeLessThanOrEqual(5)
    const remote = await connectLan(origin, token('remote'))
    expect((await remote.next(isWelcome)).capability).toBe('remote')
    for (const page of [...silent, remote]) page?.socket.close()
  })

  it('refuses a connection past every slot with a 503 that says why, and the security headers', async () => {
    const { origin, token } = await running({ maxChannels: 2, followerSlots: 1 })
    const pages = [
      await connectLan(origin, token('room')),
      await connectLan(origin, token('remote')),
    ]
    await Promise.all(pages.map((p) => p.next(isWelcome)))
    const answer = await rawHttp(
      new URL(origin).port,
      'GET /live HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    )
    expect(answer).toMatch(/^HTTP\/1.1 503/)
    expect(answer).toMatch(/Too many devices are connected/)
    expect(answer).toMatch(/x-content-type-options: nosniff/i)
    for (const page of pages) page.socket.close()
  })
})

describe('3. one phone cannot fill the facilitator’s list', () => {
  it('keeps one device to its quota of waiting inputs, however many connections it opens, and says so', async () => {
    const { api, origin, token } = await running({ inputsWaitingPerDevice: 5 })
    valueOf(await api.setParticipantInputs({ open: true }))
    const pages = await Promise.all(
      Array.from({ length: 10 }, () => connectLan(origin, token('participant'))),
    )
    await Promise.all(pages.map((p) => p.next(isWelcome)))
    pages.forEach((page, index) => {
      for (let id = 1; id <= 5; id += 1)
        page.send({
          type: 'input',
          id,
          kind: 'note',
          name: null,
          text: `flood ${String(index)}.${String(id)}`,
        })
    })
    expect(await until(() => pages.every((p) => acks(p).length === 5), 3000)).toBe(true)
    const inbox = valueOf(await api.getLanStatus({})).moderation.inbox
    expect(inbox.length).toBe(5)
    const refusals = pages.flatMap(acks).filter((a) => !a.ok)
    expect(refusals.length).toBe(45)
    expect(refusals[0]).toMatchObject({ message: expect.stringMatching(/waiting/) })
    // Another phone is still heard.
    const other = await connectLan(origin, token('participant'), {}, '127.0.0.2')
    await other.next(isWelcome)
    other.send({ type: 'input', id: 1, kind: 'question', name: null, text: 'A real question' })
    expect(
      await other.next((m): m is Extract<LanServerMessage, { type: 'ack' }> => m.type === 'ack'),
    ).toMatchObject({ ok: true })
    for (const page of [...pages, other]) page.socket.close()
  })

  it('folds away the oldest answered items at the list’s bound, and refuses only when nothing can fold', async () => {
    const { api, origin, token } = await running({ inputsWaitingPerDevice: 5, maxInbox: 6 })
    valueOf(await api.setParticipantInputs({ open: true }))
    const send = async (page: LanTestClient, id: number) => {
      page.send({ type: 'input', id, kind: 'note', name: null, text: `note ${String(id)}` })
      return page.next(
        (m): m is Extract<LanServerMessage, { type: 'ack' }> => m.type === 'ack' && m.id === id,
      )
    }
    const one = await connectLan(origin, token('participant'))
    await one.next(isWelcome)
    for (let id = 1; id <= 5; id += 1) expect(await send(one, id)).toMatchObject({ ok: true })
    for (const item of valueOf(await api.getLanStatus({})).moderation.inbox)
      valueOf(await api.moderateInput({ id: item.id, action: 'answered' }))
    for (let id = 6; id <= 10; id += 1) expect(await send(one, id)).toMatchObject({ ok: true })
    let inbox = valueOf(await api.getLanStatus({})).moderation.inbox
    expect(inbox.map((i) => i.text)).toEqual([
      'note 5',
      'note 6',
      'note 7',
      'note 8',
      'note 9',
      'note 10',
    ])
    const two = await connectLan(origin, token('participant'), {}, '127.0.0.2')
    await two.next(isWelcome)
    expect(await send(two, 11)).toMatchObject({ ok: true })
    expect(await send(two, 12)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/list is full/),
    })
    inbox = valueOf(await api.getLanStatus({})).moderation.inbox
    expect(inbox.length).toBe(6)
    // Folded away from the list, never from the session's notes.
    const notes = valueOf(await api.getLiveNotes({})).notes
    expect(notes.length).toBe(11)
    one.socket.close()
    two.socket.close()
  })
})

describe('4. a flood of valid messages is closed', () => {
  it('closes a channel that keeps sending faster than the limit, even when some get through', async () => {
    const { origin, token } = await running()
    const remote = await connectLan(origin, token('remote'))
    await remote.next(isWelcome)
    let id = 0
    for (let round = 0; round < 30 && remote.socket.readyState === remote.socket.OPEN; round += 1) {
      for (let i = 0; i < 10; i += 1)
        remote.send({ type: 'command', id: (id += 1), command: { type: 'message', text: null } })
      await wait(30)
    }
    const closed = await Promise.race([remote.closed, wait(2000).then(() => null)])
    expect(closed?.code).toBe(lanCloseCodes.flood)
  })
})

describe('5. every refusal names what it refuses', () => {
  it('answers each of 60 messages sent at once with its id', async () => {
    const { origin, token } = await running()
    const remote = await connectLan(origin, token('remote'))
    await remote.next(isWelcome)
    for (let id = 1; id <= 60; id += 1)
      remote.send({ type: 'command', id, command: { type: 'message', text: null } })
    expect(await until(() => acks(remote).length === 60, 3000)).toBe(true)
    expect(
      acks(remote)
        .map((a) => a.id)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    expect(acks(remote).filter((a) => !a.ok)[0]).toMatchObject({
      message: 'Too many messages: wait a moment and send again.',
    })
    remote.socket.close()
  })

  it('answers every question it took before closing a flooding channel', async () => {
    const { api, origin, token } = await running()
    valueOf(await api.setParticipantInputs({ open: true }))
    const page = await connectLan(origin, token('participant'))
    await page.next(isWelcome)
    for (let id = 1; id <= 3; id += 1)
      page.send({ type: 'input', id, kind: 'question', name: null, text: `q${String(id)}` })
    for (let i = 0; i < 300; i += 1) page.send('not json')
    expect((await page.closed).code).toBe(lanCloseCodes.flood)
    expect(acks(page).map((a) => [a.id, a.ok])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ])
  })
})

/** Writes `request` on a raw connection (PORT replaced) and resolves with all the server sent. */
function rawHttp(port: string, request: string, holdOpenMs = 2000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port) })
    let text = ''
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')))
    socket.on('error', () => undefined)
    socket.on('close', () => resolve(text))
    socket.write(request.replaceAll('PORT', port))
    setTimeout(() => socket.destroy(), holdOpenMs)
  })
}

describe('6. every answer carries the security headers, and slow or idle connections are cut', () => {
  const headers =
    /x-content-type-options: nosniff[\s\S]*x-frame-options: DENY|x-frame-options: DENY[\s\S]*x-content-type-options: nosniff/i

  it('on refusals of the live channel, and on the malformed requests Node itself refuses', async () => {
    const { origin } = await running()
    const port = new URL(origin).port
    const noChannel = await rawHttp(
      port,
      'GET /nothing HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
    )
    expect(noChannel).toMatch(/^HTTP\/1.1 404/)
    expect(noChannel).toMatch(headers)
    const foreign = await rawHttp(
      port,
      'GET /live HTTP/1.1\r\nHost: evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
    )
    expect(foreign).toMatch(/^HTTP\/1.1 403/)
    expect(foreign).toMatch(headers)
    const malformed = await rawHttp(port, 'NOT HTTP AT ALL\r\n\r\n')
    expect(malformed).toMatch(/^HTTP\/1.1 400/)
    expect(malformed).toMatch(headers)
    const huge = await rawHttp(
      port,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    )
    expect(huge).toMatch(/^HTTP\/1.1 431/)
    expect(huge).toMatch(headers)
  })

  it('cuts a connection that never finishes its headers within the stated time', async () => {
    const { origin } = await running({ headersTimeoutMs: 1000 })
    const started = performance.now()
    const answer = await rawHttp(
      new URL(origin).port,
      'GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n',
      5000,
    )
    expect(performance.now() - started).toBeLessThan(1600)
    expect(answer).toMatch(/^HTTP\/1.1 408/)
    expect(answer).toMatch(headers)
  }, 10_000)

  it('keeps no more idle connections than its cap, and still serves a new one', async () => {
    const { origin } = await running({ maxHttpConnections: 20 })
    const port = Number(new URL(origin).port)
    const idle = await Promise.all(
      Array.from(
        { length: 40 },
        () =>
          new Promise<{ open: () => boolean; end: () => void }>((resolve) => {
            const socket = connect({ host: '127.0.0.1', port })
            let open = true
            socket.on('close', () => (open = false))
            socket.on('error', () => undefined)
            socket.once('connect', () => resolve({ open: () => open, end: () => socket.destroy() }))
          }),
      ),
    )
    expect(await until(() => idle.filter((s) => s.open()).length <= 20, 1000)).toBe(true)
    expect((await fetch(`${origin}/reach`)).status).toBe(200)
    for (const socket of idle) socket.end()
  })
})
