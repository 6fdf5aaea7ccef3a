import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema } from '@common/domain/session/session'
import { ManualClock } from '../../support/manual-clock'
import { useSharedLibrary } from '../../support/shared-library'
import type { TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

const clock = new ManualClock(T0)
const { startInstance, stopInstance } = useSharedLibrary('reopen', clock)

async function readRecord(app: TestServices, fileName: string) {
  await app.services.flush()
  const text = await readFile(join(app.libraryDir, 'sessions', fileName), 'utf8')
  return sessionSchema.parse(JSON.parse(text))
}

describe('a session ended by mistake and resumed', () => {
  it('goes on recording notes and timeline, is running again for other instances, and ends again cleanly', async () => {
    const app = await startInstance('a')
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    valueOf(await api.addNote({ text: 'before the end', tag: null }))
    clock.advance(60_000)
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    const fileName = valueOf(await api.getLiveNotes({})).fileName!
    expect((await readRecord(app, fileName)).endedAt).toBe(T0 + 60_000)

    const other = (await startInstance('b')).services.handlers
    expect(valueOf(await other.listSessions({})).sessions[0]!.live).toBe(false)

    clock.advance(30_000)
    const reopened = valueOf(await api.runCommand({ command: { type: 'reopen' } }))
    expect(reopened.state?.status).toBe('paused')
    await expect.poll(async () => (await readRecord(app, fileName)).endedAt).toBeNull()
    // Running again: another instance on the same library must leave the record alone.
    await expect
      .poll(async () => valueOf(await other.listSessions({})).sessions[0]!.live)
      .toBe(true)

    valueOf(await api.runCommand({ command: { type: 'resume' } }))
    valueOf(await api.addNote({ text: 'after resuming', tag: 'insight' }))
    clock.advance(120_000)
    valueOf(await api.runCommand({ command: { type: 'end' } }))

    const record = await readRecord(app, fileName)
    expect(record.endedAt).toBe(T0 + 210_000)
    expect(record.notes.map((n) => n.text)).toEqual(['before the end', 'after resuming'])
    expect(record.timeline.map((e) => e.kind)).toEqual([
      'started',
      'phaseStarted',
      'paused',
      'ended',
      'reopened',
      'resumed',
      'paused',
      'ended',
    ])
    await expect
      .poll(async () => valueOf(await other.listSessions({})).sessions[0]!.live)
      .toBe(false)
  })

  it('can still be resumed after the app restarts, until the session is left', async () => {
    const first = await startInstance('a')
    let api = first.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    await first.services.flush()
    stopInstance(first)

    api = (await startInstance('a')).services.handlers
    const restored = valueOf(await api.getRun({}))
    expect(restored.state?.status).toBe('ended')
    // An ended session asks nothing at start: it waits on its closing screen.
    expect(restored.needsResumeConfirmation).toBe(false)
    expect(valueOf(await api.runCommand({ command: { type: 'reopen' } })).state?.status).toBe(
      'paused',
    )
    await expect
      .poll(async () => (await api.addNote({ text: 'after the restart', tag: null })).ok)
      .toBe(true)

    valueOf(await api.runCommand({ command: { type: 'end' } }))
    valueOf(await api.closeRun({}))
    // Left: there is nothing to resume any more.
    expect(await api.runCommand({ command: { type: 'reopen' } })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
  })
})
