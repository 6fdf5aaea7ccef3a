import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { sessionSchema, type Note, type Session } from '@common/domain/session/session'
import { noteJournalPathFor } from '../../../electron/services/session/read-session-file'
import { ManualClock } from '../../support/manual-clock'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

let root: Awaited<ReturnType<typeof makeTempFolder>>
let dirs: { userDataDir: string; libraryDir: string }
let clock: ManualClock
const running: TestServices[] = []

beforeEach(async () => {
  root = await makeTempFolder('journal-sessions')
  dirs = { userDataDir: join(root.path, 'user-data'), libraryDir: join(root.path, 'library') }
  clock = new ManualClock(T0)
})
afterEach(async () => {
  for (const app of running.splice(0)) await app.cleanUp()
  await root.remove()
})

/** The app started on the same folders each time, as after a restart. */
async function startApp(): Promise<TestServices> {
  const app = await startTestServices({ clock, ...dirs })
  running.push(app)
  return app
}

/** Stops the app the way a crash or a pulled plug does: nothing more is written. */
function crash(app: TestServices): void {
  app.services.dispose()
  running.splice(running.indexOf(app), 1)
}

/**
 * Takes `texts` as notes in a session, then crashes, losing the restore point too: the session is
 * a past one, with its notes only in the journal beside its record. Returns the notes.
 */
async function leaveSessionWithJournal(texts: string[]): Promise<Note[]> {
  const app = await startApp()
  const api = app.services.handlers
  valueOf(await api.startRun({ ref: builtin, replace: false }))
  valueOf(await api.runCommand({ command: { type: 'start' } }))
  const notes: Note[] = []
  for (const text of texts) notes.push(valueOf(await api.addNote({ text, tag: null })))
  crash(app)
  await rm(join(dirs.userDataDir, 'run-restore.json'))
  return notes
}

async function theSessionFile(): Promise<string> {
  const names = await readdir(join(dirs.libraryDir, 'sessions'))
  const records = names.filter((n) => n.endsWith('.session.json') && !n.startsWith('.'))
  expect(records).toHaveLength(1)
  return join(dirs.libraryDir, 'sessions', records[0]!)
}

/** The record alone, without its journal. */
async function recordOnDisk(path: string): Promise<Session> {
  return sessionSchema.parse(JSON.parse(await readFile(path, 'utf8')))
}

async function journalExists(path: string): Promise<boolean> {
  return readFile(noteJournalPathFor(path)).then(
    () => true,
    () => false,
  )
}

describe('notes in a running session', () => {
  it('are journalled beside the record, come back after a crash, and are folded in at the end', async () => {
    const first = await startApp()
    let api = first.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const kept = valueOf(await api.addNote({ text: 'Pairs swapped twice', tag: null }))
    const gone = valueOf(await api.addNote({ text: 'Typo', tag: null }))
    valueOf(
      await api.updateNote({
        sessionFile: null,
        noteId: kept.id,
        text: 'Pairs swapped',
        tag: 'action',
      }),
    )
    valueOf(await api.deleteNote({ sessionFile: null, noteId: gone.id }))
    const path = await theSessionFile()
    // Each change is a line in the journal; the record is not rewritten for every note.
    expect((await recordOnDisk(path)).notes).toEqual([])
    expect(await journalExists(path)).toBe(true)
    crash(first)

    const second = await startApp()
    api = second.services.handlers
    valueOf(await api.resolveRestore({ resume: true }))
    await expect.poll(async () => valueOf(await api.getLiveNotes({})).notes.length).toBe(1)
    expect(valueOf(await api.getLiveNotes({})).notes[0]).toMatchObject({
      id: kept.id,
      text: 'Pairs swapped',
      tag: 'action',
    })
    valueOf(await api.addNote({ text: 'After the restart', tag: 'question' }))
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    await second.services.flush()

    const record = await recordOnDisk(path)
    expect(record.notes.map((n) => n.text)).toEqual(['Pairs swapped', 'After the restart'])
    expect(await journalExists(path)).toBe(false)
  })

  it('stay removed when a past session whose journal was never folded is changed', async () => {
    const [, removed] = await leaveSessionWithJournal(['Keep me', 'Remove me later'])
    const second = await startApp()
    const later = second.services.handlers
    const path = await theSessionFile()
    const fileName = path.slice(path.lastIndexOf('/') + 1)
    expect(valueOf(await later.listSessions({})).sessions[0]?.noteCount).toBe(2)
    valueOf(await later.deleteNote({ sessionFile: fileName, noteId: removed!.id }))

    expect(await journalExists(path)).toBe(false)
    const reopened = valueOf(await later.openSession({ fileName }))
    expect(reopened.notes.map((n) => n.text)).toEqual(['Keep me'])
  })

  it('go to the trash with their record when a session left with a journal is deleted', async () => {
    await leaveSessionWithJournal(['Only in the journal'])
    const second = await startApp()
    const path = await theSessionFile()
    const fileName = path.slice(path.lastIndexOf('/') + 1)
    valueOf(await second.services.handlers.deleteSession({ fileName }))
    const trashed = await recordOnDisk(join(second.os.trashFolder, fileName))
    expect(trashed.notes.map((n) => n.text)).toEqual(['Only in the journal'])
    expect(await readdir(join(dirs.libraryDir, 'sessions'))).not.toContain(`.${fileName}.notes`)
  })
})
