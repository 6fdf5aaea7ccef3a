import { ManualClock } from '../../support/manual-clock'
import { useSharedLibrary } from '../../support/shared-library'
import { valueOf } from '../../support/result-value'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const builtin = { source: 'builtin', id: 'mentoring-guide' } as const

const clock = new ManualClock(T0)
const { startInstance, stopInstance } = useSharedLibrary('shared-library', clock)

describe('a session running in one instance, seen from another on a shared library', () => {
  it('is shown as running and cannot be trashed or edited there; its notes survive a restart', async () => {
    const first = await startInstance('a')
    let api = first.services.handlers
    valueOf(await api.startRun({ ref: builtin, replace: false }))
    valueOf(await api.runCommand({ command: { type: 'start' } }))
    const note = valueOf(await api.addNote({ text: 'first', tag: null }))

    const other = (await startInstance('b')).services.handlers
    const listed = valueOf(await other.listSessions({})).sessions
    expect(listed).toHaveLength(1)
    expect(listed[0]!.live).toBe(true)
    const fileName = listed[0]!.fileName
    expect(await other.deleteSession({ fileName })).toMatchObject({ ok: false, code: 'conflict' })
    expect(
      await other.updateNote({ sessionFile: fileName, noteId: note.id, text: 'x', tag: null }),
    ).toMatchObject({ ok: false, code: 'conflict' })
    expect(await other.deleteNote({ sessionFile: fileName, noteId: note.id })).toMatchObject({
      ok: false,
      code: 'conflict',
    })

    valueOf(await api.addNote({ text: 'second', tag: null }))
    // The first instance stops without a word (a crash), then starts again and resumes.
    stopInstance(first)
    const again = await startInstance('a')
    api = again.services.handlers
    valueOf(await api.resolveRestore({ resume: true }))
    await expect
      .poll(async () => valueOf(await api.getLiveNotes({})).notes.map((n) => n.text))
      .toEqual(['first', 'second'])

    valueOf(await api.runCommand({ command: { type: 'end' } }))
    await again.services.flush()
    // Over: the other instance may change it now.
    expect(valueOf(await other.listSessions({})).sessions[0]!.live).toBe(false)
    valueOf(await other.deleteNote({ sessionFile: fileName, noteId: note.id }))
  })
})
