import type { Phase } from '@common/domain/workshop/schema'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { CheckField } from './CheckField'
import { useEditor } from './editor-context'
import { groupingOptions } from './grouping-options'
import { ListField } from './ListField'
import { NumberField } from './NumberField'
import { PictureField } from './PictureField'
import { SelectField } from './SelectField'
import { TextField } from './TextField'

interface PhaseEditorProps {
  phase: Phase
  index: number
  phaseIndex: number
  phaseCount: number
  previewed: boolean
  onPreview: () => void
}

/** One phase of an exercise: label, minutes, grouping, prompts and whether it advances itself. */
export function PhaseEditor({
  phase,
  index,
  phaseIndex,
  phaseCount,
  previewed,
  onPreview,
}: PhaseEditorProps) {
  const { edit } = useEditor()
  const path = (field: string) => fieldPath('exercises', index, 'phases', phaseIndex, field)
  const set = (patch: Partial<Phase>, field: string) =>
    edit(
      { type: 'setPhase', index, phaseIndex, patch },
      `phase.${String(index)}.${String(phaseIndex)}.${field}`,
    )
  const name = `Phase ${String(phaseIndex + 1)}`
  return (
    <fieldset
      className={`ed-subcard ed-phase${previewed ? ' is-previewed' : ''}`}
      // Working on a phase shows it in the room preview.
      onFocus={previewed ? undefined : onPreview}
    >
      <legend>{name}</legend>
      <div className="ed-row">
        <TextField
          label={`${name} label`}
          onRoom
          path={path('label')}
          value={phase.label}
          onChange={(label) => set({ label }, 'label')}
        />
        <NumberField
          label={`${name} minutes`}
          path={path('minutes')}
          value={phase.minutes}
          step={0.5}
          onChange={(minutes) => set({ minutes }, 'minutes')}
        />
        <SelectField
          label={`${name} grouping`}
          path={path('grouping')}
          value={phase.grouping}
          options={groupingOptions}
          onRoom
          onChange={(grouping) => set({ grouping }, 'grouping')}
        />
      </div>
      <ListField
        label={`${name} prompts`}
        hint={
          phase.image?.placement === 'instead'
            ? 'One prompt per line. The room shows the picture instead; the run sheet keeps them.'
            : 'One prompt per line'
        }
        path={path('prompts')}
        onRoom
        values={phase.prompts}
        onChange={(prompts) => set({ prompts }, 'prompts')}
      />
      <ListField
        label={`${name} room wording`}
        hint="Optional: a shorter wording, one prompt per line, for when the room cannot show the prompts whole. Worksheets, the run sheet and phones keep the prompts above."
        path={path('roomPrompts')}
        onRoom
        values={phase.roomPrompts ?? []}
        onChange={(list) =>
          set({ roomPrompts: list.length === 0 ? undefined : list }, 'roomPrompts')
        }
      />
      <PictureField
        name={name}
        image={phase.image}
        path={path('image')}
        onChange={(image, field) => set({ image }, `image.${field}`)}
      />
      <CheckField
        label={`${name} advances on its own at zero`}
        checked={phase.advancesAutomatically}
        onChange={(advancesAutomatically) => set({ advancesAutomatically }, 'auto')}
      />
      <div className="ed-actions">
        <button type="button" className="button-quiet" aria-pressed={previewed} onClick={onPreview}>
          Preview {name.toLowerCase()}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={phaseIndex === 0}
          onClick={() => edit({ type: 'movePhase', index, from: phaseIndex, to: phaseIndex - 1 })}
        >
          Move {name.toLowerCase()} up
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={phaseIndex === phaseCount - 1}
          onClick={() => edit({ type: 'movePhase', index, from: phaseIndex, to: phaseIndex + 1 })}
        >
          Move {name.toLowerCase()} down
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={phaseCount <= 1}
          onClick={() => edit({ type: 'removePhase', index, phaseIndex })}
        >
          Remove {name.toLowerCase()}
        </button>
      </div>
    </fieldset>
  )
}
