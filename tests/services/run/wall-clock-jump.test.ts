import { join } from 'node:path'
import type { RunSnapshot } from '@common/api/contract'
import { buildDebrief } from '@common/domain/session/debrief'
import type { Result } from '@common/api/result'
import { currentPhase } from '@common/domain/run/run-state'
import { remainingMs } from '@common/domain/run/timer'
import { createSystemClock } from '../../../electron/services/run/clock'
import { readSessionFile } from '../../../electron/services/session/read-session-file'
import { SettableClock } from '../../support/settable-clock'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const HOUR = 3_600_000
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

function valueOf(result: Result<RunSnapshot>): RunSnapshot {
  if (!result.ok) throw new Error(result.message)
  return result.value
}

let userData: Awaited<ReturnType<typeof makeTempFolder>>
let computer: SettableClock
let app: TestServices

beforeEach(async () => {
  userData = await makeTempFolder('wall-jump')
  computer = new SettableClock(T0)
  app = await startTestServices({
    clock: createSystemClock(computer.sources),
    userDataDir: userData.path,
  })
})

afterEach(async () => {
  await app.cleanUp()
  await userData.remove()
})

/** Starts the built-in workshop and moves to Partner A (90 s, advances on its own). */
async function startOnSelfAdvancingPhase() {
  const api = app.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  await api.runCommand({ command: { type: 'start' } })
  await api.runCommand({ command: { type: 'nextPhase' } })
  const state = valueOf(await api.runCommand({ command: { type: 'nextPhase' } })).state!
  expect(currentPhase(state).label).toBe('Partner A shares')
}

async function current() {
  return valueOf(await app.services.handlers.getRun({})).state!
}

describe('the computer clock set mid-phase', () => {
  it('set back an hour: the time left keeps counting down and the phase advances on time', async () => {
    await startOnSelfAdvancingPhase()
    computer.advance(30_000)
    computer.setWallBy(-HOUR)
    computer.advance(5_000)
    // The windows count down with the computer's clock.
    expect(remainingMs(await current(), computer.wallNow())).toBe(55_000)
    computer.advance(56_000)
    await vi.waitFor(async () =>
      expect(currentPhase(await current()).label).toBe('Partner B shares'),
    )
    expect(remainingMs(await current(), computer.wallNow())).toBe(89_000)
  })

  it('set forward an hour: no phase is skipped', async () => {
    await startOnSelfAdvancingPhase()
    computer.advance(30_000)
    computer.setWallBy(HOUR)
    computer.advance(5_000)
    const state = await current()
    expect(currentPhase(state).label).toBe('Partner A shares')
    expect(remainingMs(state, computer.wallNow())).toBe(55_000)
  })
})

describe('the computer clock set back mid-session', () => {
  it('moves the record’s start, end and notes with the run, so the record and its debrief agree', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    await api.runCommand({ command: { type: 'start' } })
    computer.advance(10 * 60_000)
    const before = await api.addNote({ text: 'before the clock moved', tag: null })
    expect(before.ok).toBe(true)
    computer.advance(10 * 60_000)
    computer.setWallBy(-3 * HOUR)
    // The run notices on its next check of the computer's clock.
    computer.advance(5 * 60_000)
    const after = await api.addNote({ text: 'after the clock moved', tag: null })
    expect(after.ok).toBe(true)
    await api.runCommand({ command: { type: 'end' } })
    await app.services.flush()

    const listed = await api.listSessions({})
    if (!listed.ok) throw new Error(listed.message)
    const fileName = listed.value.sessions[0]!.fileName
    const record = await readSessionFile(join(app.libraryDir, 'sessions', fileName))
    if (!record.ok) throw new Error(record.message)
    const session = record.value
    expect(session.endedAt! - session.startedAt!).toBe(25 * 60_000)
    expect(buildDebrief(session).actualMinutes).toBe(25)
    expect(session.notes.map((note) => (note.at - session.startedAt!) / 60_000)).toEqual([10, 25])
  })
})
