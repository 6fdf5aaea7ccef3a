import { useCallback, useEffect, useRef, useState } from 'react'
import type { Note, NoteTag } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * The running session's notes, read again when the session starts or stops, with the calls that
 * write, change and remove them. Only the latest reading is shown; failures go to the pane's notice.
 */
export function useLiveNotes(sessionRunning: boolean): {
  notes: Note[]
  notice: NoticeMessage | null
  dismiss: () => void
  add: (text: string, tag: NoteTag | null) => void
  save: (note: Note, text: string, tag: NoteTag | null) => void
  remove: (note: Note) => void
} {
  const { notice, dismiss, call, callLatest } = useCallNotice()
  const [notes, setNotes] = useState<Note[]>([])
  // A note that could not be saved is kept by the main process and saved with the next one; the
  // list is read again then, so it shows up.
  const keptUnsaved = useRef(false)

  const reread = useCallback(() => {
    void callLatest(bridge.getLiveNotes({}), (live) => setNotes(live.notes))
  }, [callLatest])
  useEffect(reread, [reread, sessionRunning])

  const add = useCallback(
    (text: string, tag: NoteTag | null) => {
      void call(bridge.addNote({ text, tag }), (added) => {
        setNotes((current) => [...current, added])
        if (!keptUnsaved.current) return
        keptUnsaved.current = false
        reread()
      }).then((saved) => {
        if (!saved) keptUnsaved.current = true
      })
    },
    [call, reread],
  )
  const save = useCallback(
    (note: Note, text: string, tag: NoteTag | null) => {
      void call(bridge.updateNote({ sessionFile: null, noteId: note.id, text, tag }), (changed) =>
        setNotes((current) => current.map((n) => (n.id === note.id ? changed : n))),
      )
    },
    [call],
  )
  const remove = useCallback(
    (note: Note) => {
      void call(bridge.deleteNote({ sessionFile: null, noteId: note.id }), () =>
        setNotes((current) => current.filter((n) => n.id !== note.id)),
      )
    },
    [call],
  )
  return { notes, notice, dismiss, add, save, remove }
}
