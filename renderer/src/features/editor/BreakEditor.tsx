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
  const set = (patch: Partial<Omit<Break, 'kind' | 'id'>>, field: string) =>
    edit({ type: 'setBreak', index, patch }, `break.${item.id}.${field}`)
  return (
    <section className="ed-panel" aria-labelledby="ed-break-title">
      <h2 id="ed-break-title">Break: {item.title}</h2>
      <TextField
        label="Break title"
        onRoom
        path={fieldPath('exercises', index, 'title')}
        value={item.title}
        onChange={(title) => set({ title }, 'title')}
      />
      <NumberField
        label="Break minutes"
        path={fieldPath('exercises', index, 'minutes')}
        value={item.minutes}
        step={0.5}
        onChange={(minutes) => set({ minutes }, 'minutes')}
      />
      <TextField
        label="Text for the room during the break"
        onRoom
        roomText="Shown on the room during the break"
        hint="For participants: what to do, where the coffee is."
        path={fieldPath('exercises', index, 'roomText')}
        value={item.roomText}
        multiline
        onChange={(roomText) => set({ roomText }, 'roomText')}
      />
      <TextField
        label="Note for you (not shown on the room)"
        hint="Set-up, reminders: only you see this, here and on the run sheet"
        path={fieldPath('exercises', index, 'note')}
        value={item.note ?? ''}
        multiline
        onChange={(note) => set({ note }, 'note')}
      />
    </section>
  )
}
