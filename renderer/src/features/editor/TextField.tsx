import { useId } from 'react'
import { FieldMessage } from './FieldMessage'
import { RoomMark } from './RoomMark'
import { useEditor } from './editor-context'
import { useFieldProblems } from './useFieldProblems'

interface TextFieldProps {
  label: string
  /** Where problems with this field are reported, as `exercises[2].title`. */
  path: string
  value: string
  onChange: (value: string) => void
  multiline?: boolean
  type?: 'text' | 'time'
  /** True for a field the room screen shows: it carries the room mark. */
  onRoom?: boolean
  /** The room mark's wording, when the field needs a more precise one. */
  roomText?: string
  hint?: string
}

/** A labelled text input that shows its own validation problems. */
export function TextField({
  label,
  path,
  value,
  onChange,
  multiline = false,
  type = 'text',
  onRoom = false,
  roomText,
  hint,
}: TextFieldProps) {
  const { sealStep } = useEditor()
  const hintId = `${useId()}-hint`
  const { id, errorId, roomMarkId, messages, aria } = useFieldProblems(
    path,
    onRoom,
    hint === undefined ? undefined : hintId,
  )
  return (
    <div className="ed-field">
      <div className="ed-label-line">
        <label htmlFor={id}>{label}</label>
        {onRoom && (
          <RoomMark id={roomMarkId} {...(roomText === undefined ? {} : { text: roomText })} />
        )}
      </div>
      {hint !== undefined && (
        <span id={hintId} className="ed-hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={sealStep}
          {...aria}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={sealStep}
          {...aria}
        />
      )}
      <FieldMessage id={errorId} messages={messages} />
    </div>
  )
}
