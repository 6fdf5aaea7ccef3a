import { useId, useState, type SyntheticEvent } from 'react'
import { FormattedMessage } from 'react-intl'

interface TextPromptProps {
  label: string
  initialValue: string
  submitLabel: string
  onSubmit: (value: string) => void
  onCancel: () => void
}

/** A small inline form asking for one line of text, such as a title. */
export function TextPrompt({
  label,
  initialValue,
  submitLabel,
  onSubmit,
  onCancel,
}: TextPromptProps) {
  const [value, setValue] = useState(initialValue)
  const id = useId()
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (value.trim() !== '') onSubmit(value.trim())
  }
  return (
    <form className="text-prompt" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={160}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel()
        }}
      />
      <button type="submit" className="button-primary" disabled={value.trim() === ''}>
        {submitLabel}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        <FormattedMessage id="common.cancel" />
      </button>
    </form>
  )
}
