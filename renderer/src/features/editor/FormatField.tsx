import { FormattedMessage, useIntl } from 'react-intl'
import type { Grouping } from '@common/domain/workshop/schema'
import { FieldMessage } from './FieldMessage'
import { groupingOptions } from './grouping-options'
import { useFieldProblems } from './useFieldProblems'

interface FormatFieldProps {
  path: string
  value: readonly Grouping[]
  onChange: (value: Grouping[]) => void
}

/** How an exercise groups people, as tick boxes; at least one is needed. */
export function FormatField({ path, value, onChange }: FormatFieldProps) {
  const { errorId, messages, aria } = useFieldProblems(path)
  const options = groupingOptions(useIntl())
  return (
    <fieldset className="ed-group ed-inline" {...aria}>
      <legend>
        <FormattedMessage id="editor.exercise.format" />
      </legend>
      {options.map((option) => (
        <label key={option.value} className="ed-check">
          <input
            type="checkbox"
            checked={value.includes(option.value)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? options
                      .map((o) => o.value)
                      .filter((g) => g === option.value || value.includes(g))
                  : value.filter((g) => g !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
      <FieldMessage id={errorId} messages={messages} />
    </fieldset>
  )
}
