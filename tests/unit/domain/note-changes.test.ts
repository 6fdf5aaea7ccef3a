import fc from 'fast-check'
import { applyNoteChange, type NoteChange } from '@common/domain/session/note-changes'
import type { Note } from '@common/domain/session/session'

function noteWith(id: string, text: string): Note {
  return {
    id,
    at: 0,
    itemIndex: 0,
    phaseIndex: 0,
    itemTitle: 'Welcome',
    phaseLabel: 'Pairs',
    text,
    tag: null,
    editedAt: null,
  }
}

const ids = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6']

/**
 * What a facilitator does to the notes of a session: each note is added once, and only a note
 * that is there can be edited or removed (the service refuses the others before journalling).
 */
const anyChanges: fc.Arbitrary<NoteChange[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom('added' as const, 'edited' as const, 'removed' as const),
      id: fc.constantFrom(...ids),
      text: fc.string({ minLength: 1, maxLength: 5 }),
      tag: fc.constantFrom(null, 'action' as const, 'question' as const),
      editedAt: fc.nat(),
    }),
    { maxLength: 30 },
  )
  .map((steps) => {
    const added = new Set<string>()
    const present = new Set<string>()
    const changes: NoteChange[] = []
    for (const { kind, id, text, tag, editedAt } of steps) {
      if (kind === 'added' && !added.has(id)) {
        added.add(id)
        present.add(id)
        changes.push({ kind, note: noteWith(id, `first ${id}`) })
      } else if (kind === 'edited' && present.has(id)) {
        changes.push({ kind, noteId: id, text, tag, editedAt })
      } else if (kind === 'removed' && present.has(id)) {
        present.delete(id)
        changes.push({ kind, noteId: id })
      }
    }
    return changes
  })

const replay = (notes: readonly Note[], changes: readonly NoteChange[]) =>
  changes.reduce<Note[]>(applyNoteChange, [...notes])

describe('note changes', () => {
  it('add, edit and remove notes', () => {
    const notes = replay(
      [],
      [
        { kind: 'added', note: noteWith('a', 'pairs swapped') },
        { kind: 'added', note: noteWith('b', 'ask about funding') },
        { kind: 'edited', noteId: 'a', text: 'pairs swapped twice', tag: 'action', editedAt: 5 },
        { kind: 'removed', noteId: 'b' },
      ],
    )
    expect(notes).toEqual([{ ...noteWith('a', 'pairs swapped twice'), tag: 'action', editedAt: 5 }])
  })

  it('replayed over any earlier state of the record, give the state after the last change', () => {
    // The record on disk holds the notes as of its last write; the journal lists every change of
    // the session. Reading applies the whole journal, whenever the record was last written.
    fc.assert(
      fc.property(anyChanges, (changes) => {
        const final = replay([], changes)
        for (let written = 0; written <= changes.length; written += 1) {
          const record = replay([], changes.slice(0, written))
          expect(replay(record, changes)).toEqual(final)
        }
      }),
      { numRuns: 500 },
    )
  })
})
