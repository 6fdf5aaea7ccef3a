import { useId, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { AgendaFormat, Workshop, WorkshopRef } from '@common/api/contract'
import type { MessageId } from '@common/i18n/message-id'
import { Notice } from '../../components/Notice'
import { useAgendaExport } from './useAgendaExport'
import './agenda-export.css'

const formatNames: Record<AgendaFormat, MessageId> = {
  xlsx: 'agendaExport.format.xlsx',
  csv: 'agendaExport.format.csv',
  md: 'agendaExport.format.md',
  ics: 'agendaExport.format.ics',
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
  const intl = useIntl()
  const id = useId()
  const [format, setFormat] = useState<AgendaFormat>('xlsx')
  const [calendar, setCalendar] = useState({
    date: '',
    start: workshop.plannedStart ?? '',
    place: '',
  })
  const { busy, notice, dismiss, save } = useAgendaExport(workshopRef)
  const needsDate = format === 'ics' && (calendar.date === '' || calendar.start === '')
  const field = (name: keyof typeof calendar, label: MessageId, type: string) => (
    <span className="field">
      <label htmlFor={`${id}-${name}`}>{intl.formatMessage({ id: label })}</label>
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
      <h2 id={`${id}-title`}>
        <FormattedMessage id="agendaExport.title" />
      </h2>
      <fieldset>
        <legend>
          <FormattedMessage id="agendaExport.as" />
        </legend>
        {(Object.keys(formatNames) as AgendaFormat[]).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-format`}
              checked={format === value}
              onChange={() => setFormat(value)}
            />{' '}
            <FormattedMessage id={formatNames[value]} />
          </label>
        ))}
      </fieldset>
      {format === 'ics' && (
        <fieldset>
          <legend>
            <FormattedMessage id="agendaExport.session" />
          </legend>
          {field('date', 'agendaExport.date', 'date')}
          {field('start', 'agendaExport.start', 'time')}
          {field('place', 'agendaExport.room', 'text')}
        </fieldset>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button-primary"
          disabled={busy || needsDate}
          onClick={() => save(format, calendar)}
        >
          <FormattedMessage id="agendaExport.save" />
        </button>
        {needsDate && (
          <span className="muted">
            <FormattedMessage id="agendaExport.needsDate" />
          </span>
        )}
      </div>
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
