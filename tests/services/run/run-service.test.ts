import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunSnapshot } from '@common/api/contract'
import type { Result } from '@common/api/result'
import { currentPhase } from '@common/domain/run/run-state'
import { remainingMs } from '@common/domain/run/timer'
import { ManualClock } from '../../support/manual-clock'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

function valueOf(result: Result<RunSnapshot>): RunSnapshot {
  if (!result.ok) throw new Error(result.message)
  return result.value
}

let userData: Awaited<ReturnType<typeof makeTempFolder>>
let clock: ManualClock
let app: TestServices

beforeEach(async () => {
  userData = await makeTempFolder('run')
  clock = new ManualClock(T0)
  app = await startTestServices({ clock, userDataDir: userData.path })
})

afterEach(async () => {
  await app.cleanUp()
  await userData.remove()
})

async function startSession() {
  const api = app.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  return valueOf(await api.runCommand({ command: { type: 'start' } }))
}

describe('the run service', () => {
  it('sends every change to the windows and saves it as a restore point', async () => {
    const snapshot = await startSession()
    expect(snapshot.state?.status).toBe('running')
    const sent = app.events.filter((e) => e.event === 'runChanged')
    expect(sent.length).toBeGreaterThanOrEqual(2)
    await app.services.flush()
    const saved = JSON.parse(await readFile(join(userData.path, 'run-restore.json'), 'utf8'))
    expect(saved.state.status).toBe('running')
    expect(saved.state.runningSince).toBe(T0)
  })

  it('moves a self-advancing phase on by itself, on time, and tells the windows', async () => {
    const api = app.services.handlers
    await startSession()
    await api.runCommand({ command: { type: 'nextPhase' } })
    await api.runCommand({ command: { type: 'nextPhase' } })
    app.events.length = 0
    clock.advance(90_000)
    await vi.waitFor(() => expect(app.events.some((e) => e.event === 'runChanged')).toBe(true))
    const state = valueOf(await api.getRun({})).state!
    expect(currentPhase(state).label).toBe('Partner B shares')
    expect(state.runningSince).toBe(T0 + 90_000)
  })

  it('refuses to replace a running session unless asked to', async () => {
    await startSession()
    const refused = await app.services.handlers.startRun({ ref: builtin, replace: false })
    expect(refused).toMatchObject({ ok: false, code: 'conflict' })
    const replaced = valueOf(await app.services.handlers.startRun({ ref: builtin, replace: true }))
    expect(replaced.state?.status).toBe('ready')
  })

  it('after a restart, waits for the facilitator, then continues with the time the clock kept', async () => {
    await startSession()
    clock.advance(50_000)
    await app.services.flush()
    app.services.dispose()

    clock.advance(30_000)
    const restarted = await startTestServices({ clock, userDataDir: userData.path })
    try {
      const api = restarted.services.handlers
      const waiting = valueOf(await api.getRun({}))
      expect(waiting.needsResumeConfirmation).toBe(true)
      expect(await api.runCommand({ command: { type: 'pause' } })).toMatchObject({
        ok: false,
        code: 'conflict',
      })
      const resumed = valueOf(await api.resolveRestore({ resume: true }))
      expect(resumed.needsResumeConfirmation).toBe(false)
      expect(remainingMs(resumed.state!, clock.now())).toBe(180_000 - 80_000)
    } finally {
      await restarted.cleanUp()
    }
  })

  it('after a restart, can end the interrupted session instead', async () => {
    await startSession()
    await app.services.flush()
    app.services.dispose()
    const restarted = await startTestServices({ clock, userDataDir: userData.path })
    try {
      const ended = valueOf(await restarted.services.handlers.resolveRestore({ resume: false }))
      expect(ended.state?.status).toBe('ended')
    } finally {
      await restarted.cleanUp()
    }
  })

  it('refuses commands with no session, and bad commands at the door', async () => {
    expect(await app.services.handlers.runCommand({ command: { type: 'start' } })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
  })
})

describe('displays', () => {
  it('moves the room to a projector when one is attached, and back to the laptop when it is pulled', async () => {
    const api = app.services.handlers
    const displays = app.os.displays
    expect((await api.listDisplays({})).ok).toBe(true)
    displays.setProjector(true)
    expect(displays.placements.at(-1)).toEqual({ displayId: 2, rehearsal: false })
    displays.setProjector(false)
    expect(displays.placements.at(-1)).toEqual({ displayId: null, rehearsal: false })
    const setup = await api.setRehearsal({ on: true })
    expect(setup).toMatchObject({ ok: true, value: { rehearsal: true, roomDisplayId: null } })
    expect(app.events.filter((e) => e.event === 'displaysChanged').length).toBeGreaterThanOrEqual(3)
  })

  it('puts the room on the main screen when chosen, and remembers the choice', async () => {
    const api = app.services.handlers
    const displays = app.os.displays
    displays.setProjector(true)
    const setup = await api.setRoomDisplay({ displayId: 1 })
    expect(setup).toMatchObject({ ok: true, value: { roomDisplayId: 1 } })
    expect(displays.placements.at(-1)).toEqual({ displayId: 1, rehearsal: false })
    // Unplugging and plugging the projector back keeps the room where it was chosen.
    displays.setProjector(false)
    expect(displays.placements.at(-1)).toEqual({ displayId: null, rehearsal: false })
    displays.setProjector(true)
    expect(displays.placements.at(-1)).toEqual({ displayId: 1, rehearsal: false })
  })
})
