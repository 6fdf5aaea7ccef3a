import type { AgendaFormat } from '@common/api/library-types'
import { succeed, type Result } from '@common/api/result'
import type { MessageId } from '@common/i18n/message-id'
import { historyRows, type WorkshopHistory } from '@common/domain/session/across-sessions'
import { runReportRows } from '@common/domain/session/run-report'
import type { Session } from '@common/domain/session/session'
import type { Workshop } from '@common/domain/workshop/schema'
import { writeCsvText } from '@common/domain/workshop/sheet/csv-text'
import { buildAgendaCalendar } from '@common/domain/workshop/sheet/agenda-calendar'
import { buildAgendaMarkdown } from '@common/domain/workshop/sheet/agenda-markdown'
import { translatorFor } from '@common/i18n/translator'
import { agendaSheetRows, type ExportCell } from '@common/domain/workshop/sheet/sheet-export'
import { saveToChosenFile } from '../handouts/save-to-chosen-file'
import { fileNameForTitle } from '../library/file-names'
import type { OsPorts } from '../os-ports'
import { refuse, type AppTranslator } from '../refusal'
import { writeXlsxBytes } from './sheet-file'

/** When a calendar is set: its date, start time and room. */
export interface CalendarChoice {
  date: string | null
  start: string | null
  place: string
}

/**
 * The agenda in one of its formats, as the bytes or text of its file; a calendar with no date or
 * start is refused in the language of `t`.
 */
export async function renderAgenda(
  workshop: Workshop,
  format: AgendaFormat,
  calendar: CalendarChoice,
  now: number,
  t: AppTranslator,
): Promise<Result<Uint8Array | string>> {
  switch (format) {
    case 'xlsx':
      return succeed(await writeXlsxBytes(agendaSheetRows(workshop)))
    case 'csv':
      return succeed(writeCsvText(agendaSheetRows(workshop)))
    case 'md':
      return succeed(buildAgendaMarkdown(workshop, translatorFor(workshop.language ?? 'en')))
    case 'ics': {
      const start = calendar.start ?? workshop.plannedStart
      if (calendar.date === null) return refuse(t, 'invalid-argument', 'errors.agenda.needsDate')
      if (start === null) return refuse(t, 'invalid-argument', 'errors.agenda.needsStart')
      return succeed(
        buildAgendaCalendar(workshop, {
          date: calendar.date,
          start,
          place: calendar.place,
          stampedAt: now,
        }),
      )
    }
  }
}

const formatMessages: Readonly<Record<AgendaFormat, { title: MessageId; what: MessageId }>> = {
  xlsx: { title: 'dialog.save.agendaXlsx', what: 'errors.export.what.agendaXlsx' },
  csv: { title: 'dialog.save.agendaCsv', what: 'errors.export.what.agendaCsv' },
  md: { title: 'dialog.save.agendaMarkdown', what: 'errors.export.what.agendaMarkdown' },
  ics: { title: 'dialog.save.calendar', what: 'errors.export.what.calendar' },
}

function baseName(title: string): string {
  return fileNameForTitle(title).replace(/\.workshop\.json$/, '')
}

/** Asks where to save, and writes a workshop's agenda there in the chosen format. */
export function exportAgenda(
  os: OsPorts,
  t: AppTranslator,
  workshop: Workshop,
  format: AgendaFormat,
  calendar: CalendarChoice,
  now: number,
): Promise<Result<{ path: string }>> {
  return saveToChosenFile(
    os,
    t,
    {
      ...formatMessages[format],
      defaultName: `${baseName(workshop.title)}-agenda.${format}`,
      extensions: [format],
    },
    () => renderAgenda(workshop, format, calendar, now, t),
    false,
  )
}

/** Rows as the file of a format: a spreadsheet, or CSV text. */
export async function renderRows(
  rows: ExportCell[][],
  format: 'csv' | 'xlsx',
): Promise<Uint8Array | string> {
  return format === 'xlsx' ? writeXlsxBytes(rows) : writeCsvText(rows)
}

/** Asks where to save, and writes a session's planned-against-actual minutes there. */
export function exportRunReport(
  os: OsPorts,
  t: AppTranslator,
  session: Session,
  format: 'csv' | 'xlsx',
): Promise<Result<{ path: string }>> {
  const date =
    session.startedAt === null ? '' : `-${new Date(session.startedAt).toISOString().slice(0, 10)}`
  return saveToChosenFile(
    os,
    t,
    {
      title: 'dialog.save.runReport',
      defaultName: `${baseName(session.workshop.title)}${date}-run-report.${format}`,
      extensions: [format],
      what: 'errors.export.what.runReport',
    },
    async () => succeed(await renderRows(runReportRows(session), format)),
    false,
  )
}

/** Asks where to save, and writes the report across sessions (the CLI's `report`) there. */
export function exportWorkshopReport(
  os: OsPorts,
  t: AppTranslator,
  histories: readonly WorkshopHistory[],
  format: 'csv' | 'xlsx',
): Promise<Result<{ path: string }>> {
  const title = histories[0]?.workshopTitle ?? 'workshop'
  return saveToChosenFile(
    os,
    t,
    {
      title: 'dialog.save.sessionsReport',
      defaultName: `${baseName(title)}-sessions-report.${format}`,
      extensions: [format],
      what: 'errors.export.what.sessionsReport',
    },
    async () => succeed(await renderRows(historyRows(histories), format)),
    false,
  )
}
