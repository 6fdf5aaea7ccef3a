import { groupingWords } from '../grouping-words'
import { planAgenda } from '../schedule'
import type { Workshop } from '../schema'
import { sheetFieldNames, sheetFields, type SheetField } from './sheet-mapping'
import { formatClockTime, readClockTime } from './sheet-values'

/** A cell as an export writes it: text, or a number the spreadsheet can add up. */
export type ExportCell = string | number

/** The columns an agenda export has, in order: every field the import reads. */
export const agendaColumns: readonly SheetField[] = sheetFields.filter((field) => field !== 'end')

/**
 * A workshop's agenda as rows, headed by the field names, one row per phase: an exercise's first
 * phase carries its title, kind, purpose and notes, the next ones leave the title empty, which is
 * how the import tells a further phase from a new exercise. Prompts and notes take one line each
 * within their cell. Reading these rows back gives the same titles, phases, minutes, groupings,
 * prompts and notes.
 */
export function agendaSheetRows(workshop: Workshop): ExportCell[][] {
  const start = workshop.plannedStart === null ? null : readClockTime(workshop.plannedStart)
  const startAt = (offset: number) =>
    start?.ok === true ? formatClockTime(start.value + offset) : ''
  const rows: ExportCell[][] = [agendaColumns.map((field) => sheetFieldNames[field])]
  const row = (values: Partial<Record<SheetField, ExportCell>>) =>
    agendaColumns.map((field) => values[field] ?? '')
  for (const { item, startMinute } of planAgenda(workshop)) {
    if (item.kind === 'break') {
      rows.push(
        row({
          title: item.title,
          kind: 'break',
          duration: item.minutes,
          start: startAt(startMinute),
          prompts: item.roomText,
          note: item.note ?? '',
        }),
      )
      continue
    }
    let offset = startMinute
    item.phases.forEach((phase, index) => {
      const first = index === 0
      rows.push(
        row({
          title: first ? item.title : '',
          kind: first ? 'exercise' : '',
          duration: phase.minutes,
          start: startAt(offset),
          phase: phase.label,
          grouping: groupingWords[phase.grouping],
          prompts: phase.prompts.join('\n'),
          purpose: first ? item.purpose : '',
          note: first ? item.facilitatorNotes.join('\n') : '',
        }),
      )
      offset += phase.minutes
    })
  }
  return rows
}
