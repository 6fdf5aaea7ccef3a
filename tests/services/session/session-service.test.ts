import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema } from '@common/domain/session/session'
import { readSessionFile } from '../../../electron/services/session/read-session-file'
import { ManualClock } from '../../support/manual-clock'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
let clock: ManualClock
let app: TestServices

beforeEach(async () => {
  clock = new ManualClock(T0)
  app = await startTestServices({ clock })
})
afterEach(async () => {
  await app.cleanUp()
})

async function sessionFiles(): Promise<string[]> {
  const folder = join(app.libraryDir, 'sessions')
  return (await readdir(folder).catch(() => [])).filter(
    (n) => n.endsWith('.session.json') && !n.startsWith('.'),
  )
}

describe('session records', () => {
  it('are created when the clock starts, not before, and hold a copy of the workshop', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    expect(await api.addNote({ text: 'too early', tag: null })).toMatchObject({
      ok: false,
      code: 'not-found',
    })
    valueOf(
      await api.setSessionDetails({ place: 'Room 2', facilitator: 'José', participantCount: 12 }),
    )
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const note = valueOf(await api.addNote({ text: 'First note', tag: 'insight' }))
    expect(note).toMatchObject({
      itemIndex: 0,
      phaseIndex: 0,
      itemTitle: 'Welcome: Who Taught Whom?',
      phaseLabel: 'Welcome and frame',
      at: T0,
    })
    const [file] = await sessionFiles()
    expect(file).toMatch(/^2026-11-27-mentoring-both-ways-[0-9a-f]{8}\.session\.json$/)
    // As the app would read it after a crash at this instant.
    const saved = valueOf(await readSessionFile(join(app.libraryDir, 'sessions', file!)))
    expect(saved).toMatchObject({ place: 'Room 2', facilitator: 'José', participantCount: 12 })
    expect(saved.workshop.title).toBe('Mentoring Both Ways')
    expect(saved.notes.map((n) => n.text)).toEqual(['First note'])
  })

  it('stamp each note with the phase it was written in, and keep the timeline as the run goes', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    clock.advance(60_000)
    valueOf(await api.runCommand({ command: { type: 'nextPhase' } }))
    const note = valueOf(await api.addNote({ text: 'In the think phase', tag: null }))
    expect(note.phaseLabel).toBe('Think')
    await app.services.flush()
    const [file] = await sessionFiles()
    const saved = sessionSchema.parse(
      JSON.parse(await readFile(join(app.libraryDir, 'sessions', file!), 'utf8')),
    )
    expect(saved.timeline.map((e) => e.kind)).toEqual(['started', 'phaseStarted', 'phaseStarted'])
  })

  it('edit and remove notes, live and in past sessions, and list sessions newest first', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const a = valueOf(await api.addNote({ text: 'a', tag: null }))
    const b = valueOf(await api.addNote({ text: 'b', tag: null }))
    valueOf(
      await api.updateNote({ sessionFile: null, noteId: a.id, text: 'a, edited', tag: 'action' }),
    )
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    const [file] = await sessionFiles()
    valueOf(await api.closeRun({}))
    valueOf(await api.deleteNote({ sessionFile: file!, noteId: b.id }))
    const session = valueOf(await api.openSession({ fileName: file! }))
    expect(session.notes.map((n) => [n.text, n.tag])).toEqual([['a, edited', 'action']])
    expect(await api.deleteNote({ sessionFile: file!, noteId: b.id })).toMatchObject({
      ok: false,
      code: 'not-found',
    })

    clock.advance(86_400_000)
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    // The new record is written as the session follows the run, just after the command returns.
    await expect
      .poll(async () =>
        valueOf(await api.listSessions({})).sessions.map((s) => [s.live, s.noteCount]),
      )
      .toEqual([
        [true, 0],
        [false, 1],
      ])
    const listing = valueOf(await api.listSessions({}))
    expect(await api.deleteSession({ fileName: listing.sessions[0]!.fileName })).toMatchObject({
      ok: false,
      code: 'conflict',
    })
    valueOf(await api.deleteSession({ fileName: file! }))
    expect(await readdir(app.os.trashFolder)).toEqual([file])
  })

  it('says plainly when a session file is missing', async () => {
    const result = await app.services.handlers.openSession({ fileName: 'missing.session.json' })
    expect(result).toMatchObject({
      ok: false,
      code: 'not-found',
      message: 'missing.session.json no longer exists.',
    })
  })

  it('stay quick with thousands of notes', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    await Promise.all(
      Array.from({ length: 2000 }, (_, n) => api.addNote({ text: `note ${String(n)}`, tag: null })),
    )
    const [file] = await sessionFiles()
    await app.services.flush()
    const saved = sessionSchema.parse(
      JSON.parse(await readFile(join(app.libraryDir, 'sessions', file!), 'utf8')),
    )
    expect(saved.notes).toHaveLength(2000)
  })
})
