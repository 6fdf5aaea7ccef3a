import { FieldMessage } from './FieldMessage'
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
}

/** A labelled text input that shows its own validation problems. */
export function TextField({
  label,
  path,
  value,
  onChange,
  multiline = false,
  type = 'text',
}: TextFieldProps) {
  const { sealStep } = useEditor()
  const { id, errorId, messages, aria } = useFieldProblems(path)
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
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
