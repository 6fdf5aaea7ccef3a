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
  return (
    <div className="ed-row">
      <CheckField
        label="The guide gives a typical time"
        checked={value !== null}
        onChange={(checked) => onChange(checked ? { min: 10, max: 20 } : null)}
      />
      {value !== null && (
        <>
          <NumberField
            label="Guide time from (minutes)"
            path={fieldPath(path, 'min')}
            value={value.min}
            onChange={(min) => onChange({ ...value, min })}
          />
          <NumberField
            label="Guide time to (minutes)"
            path={fieldPath(path, 'max')}
            value={value.max}
            onChange={(max) => onChange({ ...value, max })}
          />
        </>
      )}
    </div>
  )
}
