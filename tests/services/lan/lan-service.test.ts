import { join } from 'node:path'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import { lanCloseCodes } from '@common/lan/lan-constants'
import type { LanStatus } from '@common/lan/lan-status'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'
import { makeTempFolder } from '../../support/temp-folders'
import { connectLan, httpGet, tokenOf, writePhoneBuild } from '../../support/lan-client'

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
let app: TestServices
let build: { path: string; remove: () => Promise<void> }

beforeEach(async () => {
  build = await makeTempFolder('phone-build')
  await writePhoneBuild(build.path)
  app = await startTestServices({ phonePagesDir: build.path })
})
afterEach(async () => {
  await app.cleanUp()
  await build.remove()
})

/** Opens the network on a free port; returns the status and the server's origin. */
async function open(): Promise<{ status: LanStatus; origin: string }> {
  const status = valueOf(await app.services.handlers.setLanOpen({ open: true, port: 0 }))
  expect(status.problem).toBeNull()
  return { status, origin: `http://127.0.0.1:${String(status.port)}` }
}

function linkToken(status: LanStatus, capability: 'remote' | 'room' | 'participant'): string {
  const url = status.links.find((l) => l.capability === capability)?.urls[0]
  if (url === undefined) throw new Error(`no ${capability} link`)
  return tokenOf(url)
}

/** A plain HTTP GET with the headers a test chooses. */
function get(origin: string, path: string, headers: Record<string, string> = {}) {
  return httpGet(origin, path, { headers })
}

const isWelcome = (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'welcome' }> =>
  m.type === 'welcome'
const isAck = (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'ack' }> =>
  m.type === 'ack'
const isRunWith =
  (status: string) =>
  (m: LanServerMessage): m is Extract<LanServerMessage, { type: 'run' }> =>
    m.type === 'run' && m.change.state?.status === status

describe('opening the session to the room’s network', () => {
  it('is closed until the facilitator opens it, and lists a QR-coded link per capability when open', async () => {
    expect(valueOf(await app.services.handlers.getLanStatus({})).open).toBe(false)
    const { status } = await open()
    expect(status.links.map((l) => l.capability)).toEqual(['remote', 'room', 'participant'])
    for (const link of status.links) {
      expect(link.urls[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#[\w-]{43}$/)
      expect(link.qrCodes[0]).toMatch(/^data:image\/svg\+xml;base64,/)
    }
    const tokens = status.links.map((l) => tokenOf(l.urls[0] ?? ''))
    expect(new Set(tokens).size).toBe(3)
    expect(app.events.filter((e) => e.event === 'lanChanged').length).toBeGreaterThan(0)
  })

  it('says the port is taken in the app’s language', async () => {
    const { status } = await open()
    const other = await startTestServices({ phonePagesDir: build.path, systemLanguages: ['de-DE'] })
    try {
      const second = valueOf(
        await other.services.handlers.setLanOpen({ open: true, port: status.port }),
      )
      expect(second.problem).toBe(
        `Port ${String(status.port)} wird von einem anderen Programm belegt: Wählen Sie einen anderen Port.`,
      )
    } finally {
      await other.cleanUp()
    }
  })

  it('says in plain words when the port is taken', async () => {
    const { status } = await open()
    const other = await startTestServices({ phonePagesDir: build.path })
    try {
      const second = valueOf(
        await other.services.handlers.setLanOpen({ open: true, port: status.port }),
      )
      expect(second.open).toBe(false)
      expect(second.problem).toBe(
        `Port ${String(status.port)} is taken by another program: choose another port.`,
      )
    } finally {
      await other.cleanUp()
    }
  })

  it('answers the reach check at its addresses', async () => {
    await open()
    const reached = valueOf(await app.services.handlers.checkLanReach({}))
    expect(reached).toEqual([expect.objectContaining({ address: '127.0.0.1', reached: true })])
  })
})

describe('what the server serves', () => {
  it('serves the phone page under a strict policy, and the files it names', async () => {
    const { origin } = await open()
    const page = await get(origin, '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('phone-abc.js')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['content-security-policy']).toContain("default-src 'none'")
    expect((await get(origin, '/assets/phone-abc.js')).status).toBe(200)
    expect((await get(origin, '/assets/shared-def.js')).status).toBe(200)
  })

  it('serves nothing else: not the console, not a path out of the build', async () => {
    const { origin } = await open()
    for (const path of [
      '/assets/index-console.js',
      '/index.html',
      '/../package.json',
      '/%2e%2e/phone.html',
      '/phone.html',
    ]) {
      const answer = await get(origin, path)
      expect(answer.status, path).toBe(404)
    }
  })

  it('refuses a foreign Host or Origin, as a DNS rebinding page would send', async () => {
    const { origin } = await open()
    const byName = await get(origin, '/', { host: `evil.example:${new URL(origin).port}` })
    expect(byName).toMatchObject({
      status: 403,
      body: 'This server answers only at its own address and port.',
    })
    const fromSite = await get(origin, '/', { origin: 'http://evil.example' })
    expect(fromSite).toMatchObject({ status: 403, body: 'Requests from other sites are refused.' })
    await expect(connectLan(origin, null, { origin: 'http://evil.example' })).rejects.toThrow(/403/)
  })
})

describe('the live channel', () => {
  it('welcomes each link with its capability, and the session as it is', async () => {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    const { status, origin } = await open()
    const room = await connectLan(origin, linkToken(status, 'room'))
    expect((await room.next(isWelcome)).capability).toBe('room')
    const run = await room.next(isRunWith('ready'))
    expect(run.change.workshop?.title).toBe('Mentoring Both Ways')
    room.socket.close()
  })

  it('runs a remote’s commands through the run service, and the room view follows', async () => {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    const { status, origin } = await open()
    const remote = await connectLan(origin, linkToken(status, 'remote'))
    const room = await connectLan(origin, linkToken(status, 'room'))
    await room.next(isWelcome)
    remote.send({ type: 'command', id: 1, command: { type: 'start' } })
    expect(await remote.next(isAck)).toEqual({ type: 'ack', id: 1, ok: true })
    await room.next(isRunWith('running'))
    expect(valueOf(await app.services.handlers.getRun({})).state?.status).toBe('running')
  })

  it('never lets a room view or a participant control the clock', async () => {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    const { status, origin } = await open()
    for (const capability of ['room', 'participant'] as const) {
      const page = await connectLan(origin, linkToken(status, capability))
      page.send({ type: 'command', id: 7, command: { type: 'start' } })
      expect(await page.next(isAck)).toEqual({
        type: 'ack',
        id: 7,
        ok: false,
        message: 'This link can follow the session but not control it.',
      })
    }
    expect(valueOf(await app.services.handlers.getRun({})).state?.status).toBe('ready')
  })

  it('refuses a wrong token, and a token from before the links were renewed', async () => {
    const { status, origin } = await open()
    const wrong = await connectLan(origin, 'x'.repeat(43))
    expect(await wrong.closed).toEqual({
      code: lanCloseCodes.badToken,
      reason: 'This link is not valid any more: ask the facilitator for the current one.',
    })
    const old = linkToken(status, 'remote')
    const before = await connectLan(origin, old)
    await before.next(isWelcome)
    const renewed = valueOf(await app.services.handlers.renewLanLinks({}))
    expect((await before.closed).code).toBe(lanCloseCodes.closed)
    const again = await connectLan(`http://127.0.0.1:${String(renewed.port)}`, old)
    expect((await again.closed).code).toBe(lanCloseCodes.badToken)
  })

  it('gives new links to every new session', async () => {
    const { status } = await open()
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    const next = valueOf(await app.services.handlers.getLanStatus({}))
    expect(linkToken(next, 'remote')).not.toBe(linkToken(status, 'remote'))
  })

  it('refuses a message that is not valid, with the reason, and its id when it has one', async () => {
    const { status, origin } = await open()
    const remote = await connectLan(origin, linkToken(status, 'remote'))
    await remote.next(isWelcome)
    remote.send({ type: 'command', id: 1, command: { type: 'end' } })
    const refused = await remote.next(isAck)
    expect(refused).toMatchObject({ id: 1, ok: false })
    expect(refused.ok ? '' : refused.message).toMatch(/a command a remote may send/)
    remote.send('not json')
    const bare = await remote.next(
      (m): m is Extract<LanServerMessage, { type: 'refused' }> => m.type === 'refused',
    )
    expect(bare.message).toBe('The message is not JSON.')
  })

  it('closes the channel of a message over the size limit', async () => {
    const { status, origin } = await open()
    const remote = await connectLan(origin, linkToken(status, 'remote'))
    await remote.next(isWelcome)
    remote.send({ type: 'command', id: 1, command: { type: 'message', text: 'x'.repeat(5000) } })
    expect((await remote.closed).code).toBe(1009)
  })

  it('refuses a flood with a message, then closes its channel', async () => {
    const { status, origin } = await open()
    const remote = await connectLan(origin, linkToken(status, 'remote'))
    await remote.next(isWelcome)
    for (let i = 0; i < 400; i += 1)
      remote.send({ type: 'command', id: i, command: { type: 'toggleBlank' } })
    const closed = await remote.closed
    expect(closed).toEqual({
      code: lanCloseCodes.flood,
      reason: 'Too many messages: the page was disconnected.',
    })
    expect(remote.received).toContainEqual({
      type: 'ack',
      id: 30,
      ok: false,
      message: 'Too many messages: wait a moment and send again.',
    })
    // Every message it took is answered, up to the one that tipped it over and past it.
    const answered = remote.received
      .flatMap((m) => (m.type === 'ack' ? [m.id] : []))
      .sort((a, b) => a - b)
    expect(answered).toEqual(answered.map((_, index) => index))
    expect(remote.received).toContainEqual(
      expect.objectContaining({
        ok: false,
        message: 'Too many messages: the page was disconnected.',
      }),
    )
  })

  it('closes every page’s channel when the facilitator closes the network, or leaves the session', async () => {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    let { status, origin } = await open()
    const pages = await Promise.all(
      (['remote', 'room', 'participant'] as const).map((c) =>
        connectLan(origin, linkToken(status, c)),
      ),
    )
    await Promise.all(pages.map((p) => p.next(isWelcome)))
    expect(
      valueOf(await app.services.handlers.getLanStatus({})).links.map((l) => l.connected),
    ).toEqual([1, 1, 1])
    valueOf(await app.services.handlers.setLanOpen({ open: false }))
    for (const page of pages) expect((await page.closed).code).toBe(lanCloseCodes.closed)
    await expect(get(origin, '/')).rejects.toThrow(/ECONNREFUSED/)
    ;({ status, origin } = await open())
    const remote = await connectLan(origin, linkToken(status, 'remote'))
    await remote.next(isWelcome)
    valueOf(await app.services.handlers.closeRun({}))
    expect((await remote.closed).code).toBe(lanCloseCodes.closed)
    expect(valueOf(await app.services.handlers.getLanStatus({})).open).toBe(false)
  })

  it('closes when the session ends, whoever ended it', async () => {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    valueOf(await app.services.handlers.runCommand({ command: { type: 'start' } }))
    const { status, origin } = await open()
    const room = await connectLan(origin, linkToken(status, 'room'))
    await room.next(isWelcome)
    valueOf(await app.services.handlers.runCommand({ command: { type: 'end' } }))
    expect((await room.closed).code).toBe(lanCloseCodes.closed)
    expect(valueOf(await app.services.handlers.getLanStatus({})).open).toBe(false)
  })

  it('says the pages are missing when the build has none', async () => {
    const empty = await startTestServices({ phonePagesDir: join(build.path, 'nothing-here') })
    try {
      const status = valueOf(await empty.services.handlers.setLanOpen({ open: true, port: 0 }))
      expect(status).toMatchObject({
        open: false,
        problem: expect.stringMatching(/phone pages are missing/),
      })
    } finally {
      await empty.cleanUp()
    }
  })
})

describe('participants', () => {
  const isParticipant = (
    m: LanServerMessage,
  ): m is Extract<LanServerMessage, { type: 'participant' }> => m.type === 'participant'

  async function runningWithParticipant() {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    valueOf(await app.services.handlers.runCommand({ command: { type: 'start' } }))
    const { status, origin } = await open()
    const participant = await connectLan(origin, linkToken(status, 'participant'))
    await participant.next(isWelcome)
    return { origin, status, participant }
  }

  it('see today’s exercise and its prompts, and nothing of the facilitator’s notes', async () => {
    const { participant } = await runningWithParticipant()
    const view = (await participant.next(isParticipant)).view
    expect(view).toMatchObject({
      workshopTitle: 'Mentoring Both Ways',
      inputsOpen: false,
      vote: null,
    })
    expect(view.itemTitle).not.toBeNull()
    expect(participant.received.some((m) => m.type === 'run')).toBe(false)
  })

  it('send a question only when the facilitator takes them; it is in the record before the phone hears so', async () => {
    const { participant } = await runningWithParticipant()
    const question = { type: 'input', kind: 'question', name: null, text: 'Can we share notes?' }
    participant.send({ ...question, id: 1 })
    expect(await participant.next(isAck)).toEqual({
      type: 'ack',
      id: 1,
      ok: false,
      message: 'The facilitator is not taking questions or notes just now.',
    })
    valueOf(await app.services.handlers.setParticipantInputs({ open: true }))
    participant.send({ ...question, id: 2, name: 'Ana' })
    await participant.next(
      (m): m is Extract<LanServerMessage, { type: 'ack' }> =>
        m.type === 'ack' && m.id === 2 && m.ok,
    )
    const notes = valueOf(await app.services.handlers.getLiveNotes({})).notes
    expect(notes.map((n) => [n.text, n.tag])).toEqual([
      ['Question from Ana: Can we share notes?', 'question'],
    ])
    const status = valueOf(await app.services.handlers.getLanStatus({}))
    expect(status.moderation.inbox).toMatchObject([
      { kind: 'question', name: 'Ana', status: 'new' },
    ])
    // Nothing reaches the room until the facilitator shows it.
    expect(status.moderation.room.input).toBeNull()
    const id = status.moderation.inbox[0]?.id ?? ''
    const shown = valueOf(await app.services.handlers.moderateInput({ id, action: 'show' }))
    expect(shown.moderation.room.input).toEqual({
      kind: 'question',
      name: 'Ana',
      text: 'Can we share notes?',
    })
    const dropped = valueOf(await app.services.handlers.moderateInput({ id, action: 'drop' }))
    expect(dropped.moderation).toMatchObject({ inbox: [], room: { input: null } })
  })

  it('vote with their dots; the closed vote’s result is kept in the record', async () => {
    const { origin, status, participant } = await runningWithParticipant()
    valueOf(
      await app.services.handlers.openVote({
        question: 'Which project?',
        options: ['A', 'B', 'C'],
        mode: 'dots',
        dots: 2,
      }),
    )
    const vote = (
      await participant.next(
        (m): m is Extract<LanServerMessage, { type: 'participant' }> =>
          m.type === 'participant' && m.view.vote !== null,
      )
    ).view.vote
    if (vote === null) throw new Error('no vote')
    const other = await connectLan(origin, linkToken(status, 'participant'))
    await other.next(isWelcome)
    participant.send({
      type: 'ballot',
      id: 1,
      voteId: vote.id,
      voter: 'phone-one-1',
      choices: [0, 0, 1],
    })
    expect(await participant.next(isAck)).toMatchObject({
      ok: false,
      message: 'Place at most 2 dots.',
    })
    participant.send({
      type: 'ballot',
      id: 2,
      voteId: vote.id,
      voter: 'phone-one-1',
      choices: [0, 1],
    })
    other.send({ type: 'ballot', id: 1, voteId: vote.id, voter: 'phone-two-2', choices: [1, 1] })
    await other.next(isAck)
    await participant.next(
      (m): m is Extract<LanServerMessage, { type: 'ack' }> => m.type === 'ack' && m.id === 2,
    )
    const closed = valueOf(await app.services.handlers.closeVote({}))
    expect(closed.moderation.vote).toMatchObject({
      open: false,
      voters: 2,
      options: [
        { label: 'A', count: 1 },
        { label: 'B', count: 3 },
        { label: 'C', count: 0 },
      ],
    })
    const notes = valueOf(await app.services.handlers.getLiveNotes({})).notes
    expect(notes.map((n) => n.text)).toEqual([
      'Vote: Which project? — B: 3 dots; A: 1 dot; C: 0 dots (2 people voted).',
    ])
    other.send({ type: 'ballot', id: 2, voteId: vote.id, voter: 'phone-two-2', choices: [2] })
    expect(
      await other.next(
        (m): m is Extract<LanServerMessage, { type: 'ack' }> => m.type === 'ack' && m.id === 2,
      ),
    ).toMatchObject({
      ok: false,
      message: 'This vote is closed.',
    })
  })

  it('cannot send questions or ballots from a remote or room-view link', async () => {
    valueOf(await app.services.handlers.startRun({ ref: builtin, replace: false }))
    const { status, origin } = await open()
    valueOf(await app.services.handlers.setParticipantInputs({ open: true }))
    const remote = await connectLan(origin, linkToken(status, 'remote'))
    remote.send({ type: 'input', id: 3, kind: 'note', name: null, text: 'hi' })
    expect(await remote.next(isAck)).toMatchObject({
      ok: false,
      message: 'Only a participant link sends questions, notes and votes.',
    })
  })
})
