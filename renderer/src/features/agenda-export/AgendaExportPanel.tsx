import { useId, useState } from 'react'
import type { AgendaFormat, Workshop, WorkshopRef } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { useAgendaExport } from './useAgendaExport'
import './agenda-export.css'

const formatNames: Record<AgendaFormat, string> = {
  xlsx: 'Spreadsheet (.xlsx)',
  csv: 'CSV',
  md: 'Markdown',
  ics: 'Calendar (.ics)',
}

/**
 * Saves the agenda for use elsewhere: as a spreadsheet or CSV file that Import reads back, as
 * Markdown for an invitation, or as a calendar of the session for the facilitators.
 */
export function AgendaExportPanel({
  workshopRef,
  workshop,
}: {
  workshopRef: WorkshopRef
  workshop: Workshop
}) {
  const id = useId()
  const [format, setFormat] = useState<AgendaFormat>('xlsx')
  const [calendar, setCalendar] = useState({
    date: '',
    start: workshop.plannedStart ?? '',
    place: '',
  })
  const { busy, notice, dismiss, save } = useAgendaExport(workshopRef)
  const needsDate = format === 'ics' && (calendar.date === '' || calendar.start === '')
  const field = (name: keyof typeof calendar, label: string, type: string) => (
    <span className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={calendar[name]}
        onChange={(event) => setCalendar({ ...calendar, [name]: event.target.value })}
      />
    </span>
  )
  return (
    <section className="agenda-export" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Export the agenda</h2>
      <fieldset>
        <legend>As</legend>
        {(Object.keys(formatNames) as AgendaFormat[]).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-format`}
              checked={format === value}
              onChange={() => setFormat(value)}
            />{' '}
            {formatNames[value]}
          </label>
        ))}
      </fieldset>
      {format === 'ics' && (
        <fieldset>
          <legend>The session</legend>
          {field('date', 'Date', 'date')}
          {field('start', 'Start', 'time')}
          {field('place', 'Room', 'text')}
        </fieldset>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button-primary"
          disabled={busy || needsDate}
          onClick={() => save(format, calendar)}
        >
          Save the agenda…
        </button>
        {needsDate && <span className="muted">A calendar needs the date and start time.</span>}
      </div>
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
