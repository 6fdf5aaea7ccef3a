import { useIntl } from 'react-intl'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { CheckField } from './CheckField'
import { NumberField } from './NumberField'

type Range = { min: number; max: number } | null

interface GuideTimeFieldProps {
  path: string
  value: Range
  onChange: (value: Range) => void
}

/** The guide's typical length for the activity, when there is one: a note, not the plan. */
export function GuideTimeField({ path, value, onChange }: GuideTimeFieldProps) {
  const intl = useIntl()
  return (
    <div className="ed-row">
      <CheckField
        label={intl.formatMessage({ id: 'editor.guide.has' })}
        checked={value !== null}
        onChange={(checked) => onChange(checked ? { min: 10, max: 20 } : null)}
      />
      {value !== null && (
        <>
          <NumberField
            label={intl.formatMessage({ id: 'editor.guide.from' })}
            path={fieldPath(path, 'min')}
            value={value.min}
            onChange={(min) => onChange({ ...value, min })}
          />
          <NumberField
            label={intl.formatMessage({ id: 'editor.guide.to' })}
            path={fieldPath(path, 'max')}
            value={value.max}
            onChange={(max) => onChange({ ...value, max })}
          />
        </>
      )}
    </div>
  )
}
