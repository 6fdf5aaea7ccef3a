import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
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
  const intl = useIntl()
  const path = (field: string) => fieldPath('exercises', index, 'phases', phaseIndex, field)
  const set = (patch: Partial<Phase>, field: string) =>
    edit(
      { type: 'setPhase', index, phaseIndex, patch },
      `phase.${String(index)}.${String(phaseIndex)}.${field}`,
    )
  const number = phaseIndex + 1
  // Every field names its phase, so a screen reader hears which phase a field is in.
  const label = (id: MessageId) => intl.formatMessage({ id }, { number })
  return (
    <fieldset
      className={`ed-subcard ed-phase${previewed ? ' is-previewed' : ''}`}
      // Working on a phase shows it in the room preview.
      onFocus={previewed ? undefined : onPreview}
    >
      <legend>
        <FormattedMessage id="editor.phase.name" values={{ number }} />
      </legend>
      <div className="ed-row">
        <TextField
          label={label('editor.phase.label')}
          onRoom
          path={path('label')}
          value={phase.label}
          onChange={(label) => set({ label }, 'label')}
        />
        <NumberField
          label={label('editor.phase.minutes')}
          path={path('minutes')}
          value={phase.minutes}
          step={0.5}
          onChange={(minutes) => set({ minutes }, 'minutes')}
        />
        <SelectField
          label={label('editor.phase.grouping')}
          path={path('grouping')}
          value={phase.grouping}
          options={groupingOptions(intl)}
          onRoom
          onChange={(grouping) => set({ grouping }, 'grouping')}
        />
      </div>
      <ListField
        label={label('editor.phase.prompts')}
        hint={intl.formatMessage({
          id:
            phase.image?.placement === 'instead'
              ? 'editor.phase.promptsHintInstead'
              : 'editor.phase.promptsHint',
        })}
        path={path('prompts')}
        onRoom
        values={phase.prompts}
        onChange={(prompts) => set({ prompts }, 'prompts')}
      />
      <ListField
        label={label('editor.phase.roomWording')}
        hint={intl.formatMessage({ id: 'editor.phase.roomWordingHint' })}
        path={path('roomPrompts')}
        onRoom
        values={phase.roomPrompts ?? []}
        onChange={(list) =>
          set({ roomPrompts: list.length === 0 ? undefined : list }, 'roomPrompts')
        }
      />
      <PictureField
        phaseNumber={number}
        image={phase.image}
        path={path('image')}
        onChange={(image, field) => set({ image }, `image.${field}`)}
      />
      <CheckField
        label={label('editor.phase.advances')}
        checked={phase.advancesAutomatically}
        onChange={(advancesAutomatically) => set({ advancesAutomatically }, 'auto')}
      />
      <div className="ed-actions">
        <button type="button" className="button-quiet" aria-pressed={previewed} onClick={onPreview}>
          <FormattedMessage id="editor.phase.preview" values={{ number }} />
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={phaseIndex === 0}
          onClick={() => edit({ type: 'movePhase', index, from: phaseIndex, to: phaseIndex - 1 })}
        >
          <FormattedMessage id="editor.phase.moveUp" values={{ number }} />
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={phaseIndex === phaseCount - 1}
          onClick={() => edit({ type: 'movePhase', index, from: phaseIndex, to: phaseIndex + 1 })}
        >
          <FormattedMessage id="editor.phase.moveDown" values={{ number }} />
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={phaseCount <= 1}
          onClick={() => edit({ type: 'removePhase', index, phaseIndex })}
        >
          <FormattedMessage id="editor.phase.remove" values={{ number }} />
        </button>
      </div>
    </fieldset>
  )
}
