import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import type { Break } from '@common/domain/workshop/schema'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { useEditor } from './editor-context'
import { NumberField } from './NumberField'
import { TextField } from './TextField'

/**
 * A break: its title and length, what the room shows meanwhile, and the facilitator's own note,
 * which the room never shows.
 */
export function BreakEditor({ item, index }: { item: Break; index: number }) {
  const { edit } = useEditor()
  const intl = useIntl()
  const say = (id: MessageId) => intl.formatMessage({ id })
  const set = (patch: Partial<Omit<Break, 'kind' | 'id'>>, field: string) =>
    edit({ type: 'setBreak', index, patch }, `break.${item.id}.${field}`)
  return (
    <section className="ed-panel" aria-labelledby="ed-break-title">
      <h2 id="ed-break-title">
        <FormattedMessage id="editor.break.heading" values={{ title: item.title }} />
      </h2>
      <TextField
        label={say('editor.break.title')}
        onRoom
        path={fieldPath('exercises', index, 'title')}
        value={item.title}
        onChange={(title) => set({ title }, 'title')}
      />
      <NumberField
        label={say('editor.break.minutes')}
        path={fieldPath('exercises', index, 'minutes')}
        value={item.minutes}
        step={0.5}
        onChange={(minutes) => set({ minutes }, 'minutes')}
      />
      <TextField
        label={say('editor.break.roomText')}
        onRoom
        roomText={say('editor.roomMark.break')}
        hint={say('editor.break.roomTextHint')}
        path={fieldPath('exercises', index, 'roomText')}
        value={item.roomText}
        multiline
        onChange={(roomText) => set({ roomText }, 'roomText')}
      />
      <TextField
        label={say('editor.break.note')}
        hint={say('editor.break.noteHint')}
        path={fieldPath('exercises', index, 'note')}
        value={item.note ?? ''}
        multiline
        onChange={(note) => set({ note }, 'note')}
      />
    </section>
  )
}
