import { FieldMessage } from './FieldMessage'
import { useEditor } from './editor-context'
import { useFieldProblems } from './useFieldProblems'

interface NumberFieldProps {
  label: string
  path: string
  value: number
  onChange: (value: number) => void
  step?: number
}

/** A labelled number input; an empty or unreadable entry becomes 0, which validation then names. */
export function NumberField({ label, path, value, onChange, step = 1 }: NumberFieldProps) {
  const { sealStep } = useEditor()
  const { id, errorId, messages, aria } = useFieldProblems(path)
  return (
    <div className="ed-field ed-field-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step={step}
        value={Number.isFinite(value) ? value : 0}
        onChange={(event) => {
          const parsed = Number(event.target.value)
          onChange(Number.isFinite(parsed) ? parsed : 0)
        }}
        onBlur={sealStep}
        {...aria}
      />
      <FieldMessage id={errorId} messages={messages} />
    </div>
  )
}
