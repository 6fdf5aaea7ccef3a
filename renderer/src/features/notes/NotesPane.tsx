import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { Notice } from '../../components/Notice'
import { NoteComposer } from './NoteComposer'
import { NoteItem } from './NoteItem'
import { useLiveNotes } from './useLiveNotes'
import './notes.css'

// Long sessions collect thousands of notes; drawing only the latest keeps typing instant.
const SHOWN_BY_DEFAULT = 30

/** The facilitator's notes for the running session: write, tag, edit and remove. */
export function NotesPane({ sessionRunning }: { sessionRunning: boolean }) {
  const intl = useIntl()
  const { notes, notice, dismiss, add, save, remove } = useLiveNotes(sessionRunning)
  const [showAll, setShowAll] = useState(false)

  const shown = showAll ? notes : notes.slice(-SHOWN_BY_DEFAULT)
  return (
    <section className="notes-pane" aria-labelledby="notes-pane-title">
      <h2 id="notes-pane-title">
        <FormattedMessage id="console.notes.title" />
      </h2>
      <NoteComposer onAdd={add} disabled={!sessionRunning} />
      <Notice message={notice} onDismiss={dismiss} />
      {notes.length > shown.length && (
        <button type="button" className="button-quiet" onClick={() => setShowAll(true)}>
          <FormattedMessage id="console.notes.showAll" values={{ count: notes.length }} />
        </button>
      )}
      <ol className="notes-list" aria-label={intl.formatMessage({ id: 'console.notes.list' })}>
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} onSave={save} onRemove={remove} />
        ))}
      </ol>
    </section>
  )
}
