import { memo, useState } from 'react'
import type { Note, NoteTag } from '@common/api/contract'
import { formatClockTime } from '@common/domain/run/schedule-tracking'
import { tagChoices } from './note-tags'
import { TagSymbol } from './TagSymbol'
import './notes.css'

interface NoteItemProps {
  note: Note
  onSave: (note: Note, text: string, tag: NoteTag | null) => void
  onRemove: (note: Note) => void
  readOnly?: boolean
}

/** One note: when, where in the workshop, its tag, and editing in place. */
export const NoteItem = memo(function NoteItem({
  note,
  onSave,
  onRemove,
  readOnly = false,
}: NoteItemProps) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(note.text)
  const [tag, setTag] = useState(note.tag)
  const choice = tagChoices.find((c) => c.tag === note.tag)
  return (
    <li className={`note${note.tag === null ? '' : ` note-${note.tag}`}`}>
      <p className="note-meta">
        <time dateTime={new Date(note.at).toISOString()}>{formatClockTime(note.at)}</time> ·{' '}
        {note.itemTitle} · {note.phaseLabel}
        {choice !== undefined && (
          <span className="note-tag">
            <TagSymbol tag={choice.tag} /> {choice.name}
          </span>
        )}
      </p>
      {editing ? (
        <form
          className="note-edit"
          onSubmit={(event) => {
            event.preventDefault()
            if (draft.trim() === '') return
            onSave(note, draft.trim(), tag)
            setEditing(false)
          }}
        >
          <label className="visually-hidden" htmlFor={`edit-${note.id}`}>
            Note text
          </label>
          <input
            id={`edit-${note.id}`}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          <label className="visually-hidden" htmlFor={`tag-${note.id}`}>
            Tag
          </label>
          <select
            id={`tag-${note.id}`}
            value={tag ?? ''}
            onChange={(event) =>
              setTag(event.target.value === '' ? null : (event.target.value as NoteTag))
            }
          >
            <option value="">No tag</option>
            {tagChoices.map((c) => (
              <option key={c.tag} value={c.tag}>
                {c.name}
              </option>
            ))}
          </select>
          <button type="submit">Save</button>
          <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      {!readOnly && !editing && (
        <div className="note-actions">
          <button
            type="button"
            className="button-quiet"
            onClick={() => setEditing(true)}
            aria-label={`Edit note: ${note.text}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => onRemove(note)}
            aria-label={`Remove note: ${note.text}`}
          >
            Remove
          </button>
        </div>
      )}
    </li>
  )
})
