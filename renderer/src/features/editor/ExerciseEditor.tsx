import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
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
  const intl = useIntl()
  const say = (id: MessageId) => intl.formatMessage({ id })
  const typical = props.typical
  const path = (field: string) => fieldPath('exercises', index, field)
  const set = (patch: Partial<Omit<Exercise, 'kind' | 'id'>>, field: string) =>
    edit({ type: 'setExercise', index, patch }, `exercise.${exercise.id}.${field}`)
  return (
    <section className="ed-panel" aria-labelledby="ed-exercise-title">
      <h2 id="ed-exercise-title">
        <FormattedMessage id="editor.exercise.heading" values={{ title: exercise.title }} />
      </h2>
      <TextField
        label={say('editor.exercise.title')}
        onRoom
        path={path('title')}
        value={exercise.title}
        onChange={(title) => set({ title }, 'title')}
      />
      <SelectField
        label={say('editor.exercise.focusArea')}
        path={path('focusAreaId')}
        value={exercise.focusAreaId ?? NO_AREA}
        options={[
          { value: NO_AREA, label: say('editor.exercise.noFocusArea') },
          ...focusAreas.map((area) => ({ value: area.id, label: area.title })),
        ]}
        onChange={(value) => set({ focusAreaId: value === NO_AREA ? null : value }, 'area')}
      />
      <TextField
        label={say('editor.exercise.purpose')}
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
          label={say('editor.exercise.materials')}
          hint={say('editor.exercise.onePerLine')}
          path={path('materials')}
          values={exercise.materials}
          onChange={(materials) => set({ materials }, 'materials')}
        />
        <ListField
          label={say('editor.exercise.facilitatorNotes')}
          hint={say('editor.exercise.onePerLine')}
          path={path('facilitatorNotes')}
          values={exercise.facilitatorNotes}
          onChange={(facilitatorNotes) => set({ facilitatorNotes }, 'notes')}
        />
      </div>
      <div className="ed-row">
        <CheckField
          label={say('editor.exercise.flexible')}
          checked={exercise.flexible}
          onChange={(flexible) => set({ flexible }, 'flexible')}
        />
        <CheckField
          label={say('editor.exercise.optional')}
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
        <h3 id="ed-phases-title">
          <FormattedMessage id="editor.exercise.phases" />
        </h3>
        {typical !== null && (
          <p className="ed-typical">
            <FormattedMessage
              id={
                typical.shortest === typical.longest
                  ? 'editor.exercise.typical'
                  : 'editor.exercise.typicalRange'
              }
              values={{
                runs: typical.runs,
                median: typical.medianActual,
                shortest: typical.shortest,
                longest: typical.longest,
                planned: itemMinutes(exercise),
              }}
            />
            {Math.round(typical.medianActual) !== itemMinutes(exercise) && (
              <button
                type="button"
                onClick={() =>
                  set({ phases: phasesScaledTo(exercise.phases, typical.medianActual) }, 'typical')
                }
              >
                <FormattedMessage id="editor.exercise.useTypical" />
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
          <FormattedMessage id="editor.exercise.addPhase" />
        </button>
      </section>
      <WorksheetEditor exercise={exercise} index={index} />
    </section>
  )
}
