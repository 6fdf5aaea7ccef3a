import { join } from 'node:path'
import { ManualClock } from '../../support/manual-clock'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices, type TestServices } from '../../support/test-services'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

let root: Awaited<ReturnType<typeof makeTempFolder>>
let app: TestServices

beforeEach(async () => {
  root = await makeTempFolder('past-edits')
  app = await startTestServices({
    clock: new ManualClock(T0),
    userDataDir: join(root.path, 'user-data'),
    libraryDir: join(root.path, 'library'),
  })
})
afterEach(async () => {
  await app.cleanUp()
  await root.remove()
})

describe('edits to a past session', () => {
  it('made at once are all kept, or refused: never acknowledged and lost', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const notes = [
      valueOf(await api.addNote({ text: 'one', tag: null })),
      valueOf(await api.addNote({ text: 'two', tag: null })),
      valueOf(await api.addNote({ text: 'three', tag: null })),
    ]
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    valueOf(await api.closeRun({}))
    await app.services.flush()
    const fileName = valueOf(await api.listSessions({})).sessions[0]!.fileName

    const results = await Promise.all(
      notes.map((note) =>
        api.updateNote({
          sessionFile: fileName,
          noteId: note.id,
          text: `${note.text}!`,
          tag: null,
        }),
      ),
    )
    const reopened = valueOf(await api.openSession({ fileName }))
    results.forEach((result, index) => {
      const kept = reopened.notes.find((n) => n.id === notes[index]!.id)!
      if (result.ok) expect(kept.text).toBe(`${notes[index]!.text}!`)
      else expect(result.code).toBe('conflict')
    })
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0)
  })

  it('made at once from two instances sharing the library are all kept, or refused', async () => {
    const api = app.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const notes = await Promise.all(
      ['one', 'two', 'three', 'four'].map(async (text) =>
        valueOf(await api.addNote({ text, tag: null })),
      ),
    )
    valueOf(await api.runCommand({ command: { type: 'end' } }))
    valueOf(await api.closeRun({}))
    await app.services.flush()
    const fileName = valueOf(await api.listSessions({})).sessions[0]!.fileName

    const other = await startTestServices({
      clock: new ManualClock(T0),
      userDataDir: join(root.path, 'user-data-2'),
      libraryDir: join(root.path, 'library'),
    })
    try {
      // Each instance edits its own notes; for a moment both read the same record.
      for (let round = 0; round < 5; round += 1) {
        const results = await Promise.all(
          notes.map((note, index) =>
            (index % 2 === 0 ? api : other.services.handlers).updateNote({
              sessionFile: fileName,
              noteId: note.id,
              text: `${note.text} ${String(round)}`,
              tag: null,
            }),
          ),
        )
        const reread = valueOf(await api.openSession({ fileName }))
        results.forEach((result, index) => {
          const kept = reread.notes.find((n) => n.id === notes[index]!.id)!
          if (result.ok) expect(kept.text).toBe(`${notes[index]!.text} ${String(round)}`)
          else expect(result.code).toBe('conflict')
        })
      }
    } finally {
      await other.cleanUp()
    }
  })
})
