import { appendFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  noteJournalPathFor,
  readSessionFile,
} from '../../../electron/services/session/read-session-file'
import { ManualClock } from '../../support/manual-clock'
import { valueOf } from '../../support/result-value'
import { startTestServices, type TestServices } from '../../support/test-services'

const builtin = { source: 'builtin', id: 'mentoring-guide' } as const
let app: TestServices

beforeEach(async () => {
  app = await startTestServices({ clock: new ManualClock(new Date(2026, 10, 27, 9).getTime()) })
})
afterEach(async () => {
  await app.cleanUp()
})

describe('half a line another program wrote into a running session’s notes journal', () => {
  it('does not swallow the next note: after a crash every acknowledged note comes back', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    valueOf(await api.addNote({ text: 'before', tag: null }))
    const sessions = join(app.libraryDir, 'sessions')
    const record = (await readdir(sessions)).find((name) => name.endsWith('.session.json'))
    const path = join(sessions, record ?? '')
    // A sync tool's or a second writer's line, cut short.
    await appendFile(noteJournalPathFor(path), '{"kind":"added","note":{"id":"x",')
    valueOf(await api.addNote({ text: 'after', tag: null }))

    // Read as the next start reads it after a crash: the record with its journal applied.
    const read = valueOf(await readSessionFile(path))
    expect(read.notes.map((note) => note.text)).toEqual(['before', 'after'])
  })
})
