import { useState } from 'react'
import type { NoteTag } from '@common/api/contract'
import { tagChoices, tagForKey } from './note-tags'
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
        Note <span className="muted">(Enter adds it; Alt + I, Q, A, P tags it)</span>
      </label>
      <input
        id="note-input"
        value={text}
        maxLength={4000}
        disabled={disabled}
        placeholder={disabled ? 'Start the session to take notes' : 'What did you notice?'}
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
      <div className="tag-choices" role="group" aria-label="Tag for this note">
        {tagChoices.map((choice) => (
          <button
            key={choice.tag}
            type="button"
            aria-pressed={tag === choice.tag}
            disabled={disabled}
            onClick={() => setTag(tag === choice.tag ? null : choice.tag)}
          >
            <TagSymbol tag={choice.tag} /> {choice.name} <kbd>Alt+{choice.key.toUpperCase()}</kbd>
          </button>
        ))}
      </div>
    </form>
  )
}
