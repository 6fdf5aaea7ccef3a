import { useEffect, useRef } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { Workshop } from '@common/domain/workshop/schema'
import { clockTimeAfter, formatDuration, planAgenda } from '@common/domain/workshop/schedule'
import { newItemId } from '@common/domain/workshop/edit/operations'
import { AgendaRow } from './AgendaRow'
import { useEditor } from './editor-context'

interface AgendaEditorProps {
  workshop: Workshop
  selectedId: string | null
  onSelect: (id: string | null) => void
}

/** The ordered agenda: clock time and running total per item; add, duplicate, remove, reorder. */
export function AgendaEditor({ workshop, selectedId, onSelect }: AgendaEditorProps) {
  const { edit } = useEditor()
  const intl = useIntl()
  const list = useRef<HTMLOListElement>(null)
  const focusId = useRef<string | null>(null)
  const lines = planAgenda(workshop)
  const start = workshop.plannedStart

  // A moved row is a new place in the list; keep the keyboard on it.
  useEffect(() => {
    const id = focusId.current
    if (id === null) return
    focusId.current = null
    list.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`)?.focus()
  }, [workshop])

  const move = (from: number, to: number) => {
    const id = workshop.exercises[from]?.id
    edit({ type: 'moveItem', from, to })
    if (id !== undefined) focusId.current = id
  }
  const selectedIndex = workshop.exercises.findIndex((item) => item.id === selectedId)
  const insertAt = selectedIndex === -1 ? workshop.exercises.length : selectedIndex + 1
  const add = (kind: 'exercise' | 'break') => {
    edit({ type: 'addItem', kind, at: insertAt })
    onSelect(newItemId(workshop, kind))
  }

  return (
    <section className="ed-panel ed-agenda" aria-labelledby="ed-agenda-title">
      <div className="ed-panel-head">
        <h2 id="ed-agenda-title">
          <FormattedMessage id="editor.agenda.title" />
        </h2>
        <button
          type="button"
          className="button-quiet"
          aria-pressed={selectedId === null}
          onClick={() => onSelect(null)}
        >
          <FormattedMessage id="editor.workshop.title" />
        </button>
      </div>
      <p className="ed-hint" id="ed-agenda-help">
        <FormattedMessage id="editor.agenda.help" />
      </p>
      <ol ref={list} className="ed-agenda-list" aria-describedby="ed-agenda-help">
        {lines.map((line, index) => {
          const end = line.startMinute + line.minutes
          return (
            <AgendaRow
              key={line.item.id}
              line={line}
              index={index}
              count={lines.length}
              clock={
                start === null
                  ? `+${formatDuration(line.startMinute)}`
                  : clockTimeAfter(start, line.startMinute)
              }
              total={
                start === null
                  ? formatDuration(end)
                  : intl.formatMessage(
                      { id: 'editor.agenda.ends' },
                      { time: clockTimeAfter(start, end) },
                    )
              }
              selected={line.item.id === selectedId}
              onSelect={() => onSelect(line.item.id)}
              onMove={(to) => move(index, to)}
              onDropHere={(from) => move(from, index)}
              onDuplicate={() => edit({ type: 'duplicateItem', index })}
              onRemove={() => {
                if (line.item.id === selectedId) onSelect(null)
                edit({ type: 'removeItem', index })
              }}
            />
          )
        })}
      </ol>
      <p className="ed-agenda-sum">
        <FormattedMessage
          id="editor.agenda.total"
          values={{
            duration: formatDuration(lines.reduce((sum, line) => sum + line.minutes, 0)),
            strong: (chunks) => <strong>{chunks}</strong>,
          }}
        />
      </p>
      <div className="ed-actions">
        <button type="button" onClick={() => add('exercise')}>
          <FormattedMessage id="editor.agenda.addExercise" />
        </button>
        <button type="button" onClick={() => add('break')}>
          <FormattedMessage id="editor.agenda.addBreak" />
        </button>
      </div>
    </section>
  )
}
