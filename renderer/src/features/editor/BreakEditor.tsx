import type { Break } from '@common/domain/workshop/schema'
import { fieldPath } from '@common/domain/workshop/edit/validation'
import { useEditor } from './editor-context'
import { NumberField } from './NumberField'
import { TextField } from './TextField'

/** A break: its title, length and the note the room sees. */
export function BreakEditor({ item, index }: { item: Break; index: number }) {
  const { edit } = useEditor()
  const set = (patch: Partial<Omit<Break, 'kind' | 'id'>>, field: string) =>
    edit({ type: 'setBreak', index, patch }, `break.${item.id}.${field}`)
  return (
    <section className="ed-panel" aria-labelledby="ed-break-title">
      <h2 id="ed-break-title">Break: {item.title}</h2>
      <TextField
        label="Break title"
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
        label="Note"
        path={fieldPath('exercises', index, 'note')}
        value={item.note ?? ''}
        onChange={(note) => set({ note }, 'note')}
      />
    </section>
  )
}
