import { useCallback, useEffect, useRef, useState } from 'react'
import type { Note, NoteTag } from '@common/api/contract'
import { bridge } from '../../lib/bridge'
import { NoteComposer } from './NoteComposer'
import { NoteItem } from './NoteItem'

// Long sessions collect thousands of notes; drawing only the latest keeps typing instant.
const SHOWN_BY_DEFAULT = 30

/** The facilitator's notes for the running session: write, tag, edit and remove. */
export function NotesPane({ sessionRunning }: { sessionRunning: boolean }) {
  const [notes, setNotes] = useState<Note[]>([])
  const [showAll, setShowAll] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // A note that could not be saved is kept by the main process and saved with the next one; the
  // list is read again then, so it shows up.
  const keptUnsaved = useRef(false)

  useEffect(() => {
    void bridge.getLiveNotes({}).then((result) => {
      if (result.ok) setNotes(result.value.notes)
    })
  }, [sessionRunning])

  const add = useCallback((text: string, tag: NoteTag | null) => {
    void bridge.addNote({ text, tag }).then((result) => {
      if (!result.ok) {
        keptUnsaved.current = true
        setProblem(result.message)
        return
      }
      setNotes((current) => [...current, result.value])
      setProblem(null)
      if (!keptUnsaved.current) return
      keptUnsaved.current = false
      void bridge.getLiveNotes({}).then((live) => {
        if (live.ok) setNotes(live.value.notes)
      })
    })
  }, [])

  const save = useCallback((note: Note, text: string, tag: NoteTag | null) => {
    void bridge.updateNote({ sessionFile: null, noteId: note.id, text, tag }).then((result) => {
      if (result.ok)
        setNotes((current) => current.map((n) => (n.id === note.id ? result.value : n)))
      else setProblem(result.message)
    })
  }, [])

  const remove = useCallback((note: Note) => {
    void bridge.deleteNote({ sessionFile: null, noteId: note.id }).then((result) => {
      if (result.ok) setNotes((current) => current.filter((n) => n.id !== note.id))
      else setProblem(result.message)
    })
  }, [])

  const shown = showAll ? notes : notes.slice(-SHOWN_BY_DEFAULT)
  return (
    <section className="notes-pane" aria-labelledby="notes-pane-title">
      <h2 id="notes-pane-title">Session notes</h2>
      <NoteComposer onAdd={add} disabled={!sessionRunning} />
      {problem !== null && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {notes.length > shown.length && (
        <button type="button" className="button-quiet" onClick={() => setShowAll(true)}>
          Show all {notes.length} notes
        </button>
      )}
      <ol className="notes-list" aria-label="Notes, oldest first">
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} onSave={save} onRemove={remove} />
        ))}
      </ol>
    </section>
  )
}
