import { memo, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { Note, NoteTag } from '@common/api/contract'
import { formatTimeOfDay } from '../../lib/i18n/clock-text'
import { tagChoices } from './note-tags'
import { TagName } from './TagName'
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
  const intl = useIntl()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(note.text)
  const [tag, setTag] = useState(note.tag)
  return (
    <li className={`note${note.tag === null ? '' : ` note-${note.tag}`}`}>
      <p className="note-meta">
        <time dateTime={new Date(note.at).toISOString()}>{formatTimeOfDay(intl, note.at)}</time> ·{' '}
        {note.itemTitle} · {note.phaseLabel}
        {note.tag !== null && (
          <span className="note-tag">
            <TagSymbol tag={note.tag} /> <TagName tag={note.tag} />
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
            <FormattedMessage id="console.notes.text" />
          </label>
          <input
            id={`edit-${note.id}`}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          <label className="visually-hidden" htmlFor={`tag-${note.id}`}>
            <FormattedMessage id="console.notes.tagLabel" />
          </label>
          <select
            id={`tag-${note.id}`}
            value={tag ?? ''}
            onChange={(event) =>
              setTag(event.target.value === '' ? null : (event.target.value as NoteTag))
            }
          >
            <option value="">{intl.formatMessage({ id: 'console.notes.noTag' })}</option>
            {tagChoices.map((c) => (
              <option key={c.tag} value={c.tag}>
                {intl.formatMessage({ id: 'console.notes.tag' }, { tag: c.tag })}
              </option>
            ))}
          </select>
          <button type="submit">
            <FormattedMessage id="console.notes.save" />
          </button>
          <button type="button" className="button-quiet" onClick={() => setEditing(false)}>
            <FormattedMessage id="console.notes.cancel" />
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
            aria-label={intl.formatMessage({ id: 'console.notes.editLabel' }, { text: note.text })}
          >
            <FormattedMessage id="console.notes.edit" />
          </button>
          <button
            type="button"
            className="button-quiet"
            onClick={() => onRemove(note)}
            aria-label={intl.formatMessage(
              { id: 'console.notes.removeLabel' },
              { text: note.text },
            )}
          >
            <FormattedMessage id="console.notes.remove" />
          </button>
        </div>
      )}
    </li>
  )
})
