import type { KeyboardEvent, DragEvent } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { AgendaLine } from '@common/domain/workshop/schedule'
import { formatDuration } from '@common/domain/workshop/schedule'

/** Drawn symbols, alike in every language; each button's name is in its aria-label. */
const glyphs = { up: '↑', down: '↓', remove: '✕' } as const

interface AgendaRowProps {
  line: AgendaLine
  index: number
  count: number
  clock: string
  total: string
  selected: boolean
  onSelect: () => void
  onMove: (to: number) => void
  onDuplicate: () => void
  onRemove: () => void
  onDropHere: (from: number) => void
}

/** One agenda item in the editor: its time, title and length, and the ways to move it. */
export function AgendaRow(props: AgendaRowProps) {
  const { line, index, count, selected } = props
  const intl = useIntl()
  const title = { title: line.item.title }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault()
      props.onMove(index - 1)
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault()
      props.onMove(index + 1)
    }
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    const from = Number(event.dataTransfer.getData('text/x-agenda-index'))
    if (Number.isInteger(from)) props.onDropHere(from)
  }
  return (
    <li
      className={`ed-agenda-row${selected ? ' is-selected' : ''}${line.item.kind === 'break' ? ' is-break' : ''}`}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData('text/x-agenda-index', String(index))
        event.dataTransfer.effectAllowed = 'move'
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
      data-testid="agenda-row"
    >
      <span className="ed-agenda-clock">{props.clock}</span>
      <button
        type="button"
        className="ed-agenda-title"
        aria-pressed={selected}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        onClick={props.onSelect}
        onKeyDown={onKeyDown}
        data-item-id={line.item.id}
      >
        {line.item.kind === 'break' && (
          // A cup, drawn here rather than left to the system's emoji font.
          <svg
            className="ed-break-icon"
            viewBox="0 0 16 16"
            width="1em"
            height="1em"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="M2.5 6h9v4a3.5 3.5 0 0 1-3.5 3.5H6A3.5 3.5 0 0 1 2.5 10zM11.5 7.5h1a1.75 1.75 0 0 1 0 3.5h-1.2M5 2.5v1.5M8 2v2"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        )}
        {line.item.title}
      </button>
      <span className="ed-agenda-minutes">
        {formatDuration(line.minutes)}
        <span className="ed-agenda-total">{props.total}</span>
      </span>
      <span className="ed-agenda-actions">
        <button
          type="button"
          className="button-quiet"
          aria-label={intl.formatMessage({ id: 'editor.agenda.moveUp' }, title)}
          disabled={index === 0}
          onClick={() => props.onMove(index - 1)}
        >
          {glyphs.up}
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={intl.formatMessage({ id: 'editor.agenda.moveDown' }, title)}
          disabled={index === count - 1}
          onClick={() => props.onMove(index + 1)}
        >
          {glyphs.down}
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={intl.formatMessage({ id: 'editor.agenda.duplicateLabel' }, title)}
          onClick={props.onDuplicate}
        >
          <FormattedMessage id="editor.agenda.duplicate" />
        </button>
        <button
          type="button"
          className="button-quiet"
          aria-label={intl.formatMessage({ id: 'editor.agenda.remove' }, title)}
          disabled={count <= 1}
          onClick={props.onRemove}
        >
          {glyphs.remove}
        </button>
      </span>
    </li>
  )
}
