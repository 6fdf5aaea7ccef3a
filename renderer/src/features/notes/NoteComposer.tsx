import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { NoteTag } from '@common/api/contract'
import { tagChoices, tagForKey } from './note-tags'
import { TagName } from './TagName'
import { TagSymbol } from './TagSymbol'
import './notes.css'

/**
 * The note input. Its text lives here alone, so typing never re-renders the list of notes.
 * Enter adds the note; Alt + I, Q, A or P tags it first.
 */
export function NoteComposer({
  onAdd,
  disabled,
}: {
  onAdd: (text: string, tag: NoteTag | null) => void
  disabled: boolean
}) {
  const intl = useIntl()
  const [text, setText] = useState('')
  const [tag, setTag] = useState<NoteTag | null>(null)
  return (
    <form
      className="note-composer"
      onSubmit={(event) => {
        event.preventDefault()
        if (text.trim() === '') return
        onAdd(text.trim(), tag)
        setText('')
        setTag(null)
      }}
    >
      <label htmlFor="note-input">
        <FormattedMessage id="console.notes.note" />{' '}
        <span className="muted">
          <FormattedMessage id="console.notes.keys" />
        </span>
      </label>
      <input
        id="note-input"
        value={text}
        maxLength={4000}
        disabled={disabled}
        placeholder={intl.formatMessage({
          id: disabled ? 'console.notes.startFirst' : 'console.notes.placeholder',
        })}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (!event.altKey) return
          // The physical key, so Alt + I works on keyboards where Alt types another character.
          const chosen = tagForKey(event.code.replace(/^Key/, ''))
          if (chosen === undefined) return
          event.preventDefault()
          setTag((current) => (current === chosen ? null : chosen))
        }}
      />
      <div
        className="tag-choices"
        role="group"
        aria-label={intl.formatMessage({ id: 'console.notes.tagGroup' })}
      >
        {tagChoices.map((choice) => (
          <button
            key={choice.tag}
            type="button"
            aria-pressed={tag === choice.tag}
            disabled={disabled}
            onClick={() => setTag(tag === choice.tag ? null : choice.tag)}
          >
            <TagSymbol tag={choice.tag} /> <TagName tag={choice.tag} />{' '}
            <kbd>
              <FormattedMessage
                id="console.notes.tagKey"
                values={{ key: choice.key.toUpperCase() }}
              />
            </kbd>
          </button>
        ))}
      </div>
    </form>
  )
}
