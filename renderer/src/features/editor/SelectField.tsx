import { FieldMessage } from './FieldMessage'
import { useFieldProblems } from './useFieldProblems'

interface SelectFieldProps<T extends string> {
  label: string
  path: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
}

/** A labelled choice from a short list. */
export function SelectField<T extends string>({
  label,
  path,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  const { id, errorId, messages, aria } = useFieldProblems(path)
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
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
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessage id={errorId} messages={messages} />
    </div>
  )
}
