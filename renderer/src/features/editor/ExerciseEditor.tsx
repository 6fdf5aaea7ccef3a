import type { ItemHistory } from '@common/domain/session/across-sessions'
import { phasesScaledTo } from '@common/domain/workshop/edit/typical-time'
import { itemMinutes } from '@common/domain/workshop/schedule'
import type { Exercise, FocusArea } from '@common/domain/workshop/schema'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { CheckField } from './CheckField'
import { useEditor } from './editor-context'
import { FormatField } from './FormatField'
import { GuideTimeField } from './GuideTimeField'
import { ListField } from './ListField'
import { PhaseEditor } from './PhaseEditor'
import { SelectField } from './SelectField'
import { TextField } from './TextField'
import { WorksheetEditor } from './WorksheetEditor'

interface ExerciseEditorProps {
  exercise: Exercise
  index: number
  focusAreas: readonly FocusArea[]
  /** What past sessions took for this exercise, or null when none ran it. */
  typical: ItemHistory | null
  previewPhase: number
  onPreviewPhase: (phaseIndex: number) => void
}

const NO_AREA = '__none__'

/** Every field of one exercise, its phases and its worksheet. */
export function ExerciseEditor(props: ExerciseEditorProps) {
  const { exercise, index, focusAreas } = props
  const { edit } = useEditor()
  const path = (field: string) => fieldPath('exercises', index, field)
  const set = (patch: Partial<Omit<Exercise, 'kind' | 'id'>>, field: string) =>
    edit({ type: 'setExercise', index, patch }, `exercise.${exercise.id}.${field}`)
  return (
    <section className="ed-panel" aria-labelledby="ed-exercise-title">
      <h2 id="ed-exercise-title">Exercise: {exercise.title}</h2>
      <TextField
        label="Exercise title"
        onRoom
        path={path('title')}
        value={exercise.title}
        onChange={(title) => set({ title }, 'title')}
      />
      <SelectField
        label="Focus area"
        path={path('focusAreaId')}
        value={exercise.focusAreaId ?? NO_AREA}
        options={[
          { value: NO_AREA, label: 'None' },
          ...focusAreas.map((area) => ({ value: area.id, label: area.title })),
        ]}
        onChange={(value) => set({ focusAreaId: value === NO_AREA ? null : value }, 'area')}
      />
      <TextField
        label="Purpose"
        path={path('purpose')}
        value={exercise.purpose}
        multiline
        onChange={(purpose) => set({ purpose }, 'purpose')}
      />
      <FormatField
        path={path('format')}
        value={exercise.format}
        onChange={(format) => set({ format }, 'format')}
      />
      <div className="ed-row">
        <ListField
          label="Materials"
          hint="One per line"
          path={path('materials')}
          values={exercise.materials}
          onChange={(materials) => set({ materials }, 'materials')}
        />
        <ListField
          label="Facilitator notes"
          hint="One per line"
          path={path('facilitatorNotes')}
          values={exercise.facilitatorNotes}
          onChange={(facilitatorNotes) => set({ facilitatorNotes }, 'notes')}
        />
      </div>
      <div className="ed-row">
        <CheckField
          label="Flexible (may be shortened to fit)"
          checked={exercise.flexible}
          onChange={(flexible) => set({ flexible }, 'flexible')}
        />
        <CheckField
          label="Optional (may be dropped to fit)"
          checked={exercise.optional}
          onChange={(optional) => set({ optional }, 'optional')}
        />
      </div>
      <GuideTimeField
        path={path('guideTypicalMinutes')}
        value={exercise.guideTypicalMinutes}
        onChange={(guideTypicalMinutes) => set({ guideTypicalMinutes }, 'guide')}
      />
      <section className="ed-group" aria-labelledby="ed-phases-title">
        <h3 id="ed-phases-title">Phases</h3>
        {props.typical !== null && (
          <p className="ed-typical">
            In {props.typical.runs} past {props.typical.runs === 1 ? 'session' : 'sessions'} it took{' '}
            {props.typical.medianActual} min
            {props.typical.shortest === props.typical.longest
              ? ''
              : ` (median; ${String(props.typical.shortest)}–${String(props.typical.longest)})`}
            ; planned now: {itemMinutes(exercise)} min.{' '}
            {Math.round(props.typical.medianActual) !== itemMinutes(exercise) && (
              <button
                type="button"
                onClick={() => {
                  if (props.typical === null) return
                  set(
                    { phases: phasesScaledTo(exercise.phases, props.typical.medianActual) },
                    'typical',
                  )
                }}
              >
                Use the typical time
              </button>
            )}
          </p>
        )}
        {exercise.phases.map((phase, phaseIndex) => (
          <PhaseEditor
            key={String(phaseIndex)}
            phase={phase}
            index={index}
            phaseIndex={phaseIndex}
            phaseCount={exercise.phases.length}
            previewed={phaseIndex === props.previewPhase}
            onPreview={() => props.onPreviewPhase(phaseIndex)}
          />
        ))}
        <button type="button" onClick={() => edit({ type: 'addPhase', index })}>
          + Add phase
        </button>
      </section>
      <WorksheetEditor exercise={exercise} index={index} />
    </section>
  )
}
