import { z } from 'zod'
import { noteSchema, noteTagSchema, type Note } from './session'

/**
 * One change to a session's notes. The running session keeps these in a journal beside its
 * record, so each change is a line on disk before it is acknowledged; reading the record applies
 * the journal on top.
 */
export const noteChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('added'), note: noteSchema }),
  z.strictObject({
    kind: z.literal('edited'),
    noteId: noteSchema.shape.id,
    text: noteSchema.shape.text,
    tag: noteTagSchema.nullable(),
    editedAt: z.number(),
  }),
  z.strictObject({ kind: z.literal('removed'), noteId: noteSchema.shape.id }),
])
export type NoteChange = z.infer<typeof noteChangeSchema>

/**
 * The notes after one change. Replaying a journal over any earlier state of the same notes gives
 * the same result (an added note already present is kept as it is, an edit sets the final values,
 * a removal of a missing note does nothing), because the record on disk may already hold some of
 * the changes the journal lists.
 */
export function applyNoteChange(notes: readonly Note[], change: NoteChange): Note[] {
  switch (change.kind) {
    case 'added':
      return notes.some((note) => note.id === change.note.id) ? [...notes] : [...notes, change.note]
    case 'edited':
      return notes.map((note) =>
        note.id === change.noteId
          ? { ...note, text: change.text, tag: change.tag, editedAt: change.editedAt }
          : note,
      )
    case 'removed':
      return notes.filter((note) => note.id !== change.noteId)
  }
}

/**
 * The notes with their times moved by `deltaMs`, as the run moves its timeline when the
 * computer's clock is set mid-session: each note keeps its place between the run's events.
 */
export function shiftNoteTimes(notes: readonly Note[], deltaMs: number): Note[] {
  return notes.map((note) => ({
    ...note,
    at: note.at + deltaMs,
    editedAt: note.editedAt === null ? null : note.editedAt + deltaMs,
  }))
}
