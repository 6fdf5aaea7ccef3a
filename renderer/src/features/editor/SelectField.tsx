import { useId } from 'react'
import { FieldMessage } from './FieldMessage'
import { RoomMark } from './RoomMark'
import { useFieldProblems } from './useFieldProblems'

interface SelectFieldProps<T extends string> {
  label: string
  path: string
  value: T
  /** `lang` for an option said in a language of its own (a language's name in that language). */
  options: readonly { value: T; label: string; lang?: string }[]
  onChange: (value: T) => void
  /** True for a choice the room screen shows: it carries the room mark. */
  onRoom?: boolean
  hint?: string
}

/** A labelled choice from a short list. */
export function SelectField<T extends string>({
  label,
  path,
  value,
  options,
  onChange,
  onRoom = false,
  hint,
}: SelectFieldProps<T>) {
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
        {onRoom && <RoomMark id={roomMarkId} />}
      </div>
      {hint !== undefined && (
        <span id={hintId} className="ed-hint">
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value)
          if (chosen !== undefined) onChange(chosen.value)
        }}
        {...aria}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessage id={errorId} messages={messages} />
    </div>
  )
}
