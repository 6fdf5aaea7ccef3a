import { useId, useState } from 'react'
import { FieldMessage } from './FieldMessage'
import { RoomMark } from './RoomMark'
import { useEditor } from './editor-context'
import { useFieldProblems } from './useFieldProblems'

interface ListFieldProps {
  label: string
  path: string
  values: readonly string[]
  onChange: (values: string[]) => void
  hint?: string
  /** True for a list the room screen shows: it carries the room mark. */
  onRoom?: boolean
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

/**
 * A list edited one entry per line. The text is kept as typed (so Enter can start a new line),
 * and the list it stands for, without blank lines, is what the workshop gets.
 */
export function ListField({ label, path, values, onChange, hint, onRoom = false }: ListFieldProps) {
  const { sealStep } = useEditor()
  const hintId = `${useId()}-hint`
  const { id, errorId, roomMarkId, messages, aria } = useFieldProblems(
    path,
    onRoom,
    hint === undefined ? undefined : hintId,
  )
  const [draft, setDraft] = useState(values.join('\n'))
  // When the list changes from outside (undo, another field), show it as it now is.
  const joined = values.join('\n')
  const [shown, setShown] = useState(joined)
  if (shown !== joined) {
    setShown(joined)
    if (toLines(draft).join('\n') !== joined) setDraft(joined)
  }
  return (
    <div className="ed-field">
      <div className="ed-label-line">
        <label htmlFor={id}>{label}</label>
        {onRoom && <RoomMark id={roomMarkId} />}
      </div>
      {hint !== undefined && (
        <span id={hintId} className="ed-hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={Math.min(10, Math.max(2, values.length + 1, Math.ceil(draft.length / 60)))}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value)
          onChange(toLines(event.target.value))
        }}
        onBlur={sealStep}
        {...aria}
      />
      <FieldMessage id={errorId} messages={messages} />
    </div>
  )
}
