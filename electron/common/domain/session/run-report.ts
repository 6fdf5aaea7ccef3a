import type { ExportCell } from '../workshop/sheet/sheet-export'
import { buildDebrief } from './debrief'
import type { Session } from './session'

/**
 * A session's plan against what happened, one row per exercise and break, for a spreadsheet:
 * planned and actual minutes, the difference (positive when it ran long) and how many notes it
 * got. An item the session never reached has its actual cells empty.
 */
export function runReportRows(session: Session): ExportCell[][] {
  const debrief = buildDebrief(session)
  const rows: ExportCell[][] = [
    ['#', 'Title', 'Kind', 'Planned minutes', 'Actual minutes', 'Difference', 'Notes'],
  ]
  for (const row of debrief.rows)
    rows.push([
      row.itemIndex + 1,
      row.title,
      row.kind,
      row.plannedMinutes,
      row.actualMinutes ?? '',
      row.actualMinutes === null
        ? ''
        : Math.round((row.actualMinutes - row.plannedMinutes) * 10) / 10,
      row.notes.length,
    ])
  rows.push([
    '',
    'Total',
    '',
    debrief.plannedMinutes,
    debrief.actualMinutes,
    debrief.overrunMinutes,
    debrief.rows.reduce((sum, row) => sum + row.notes.length, 0),
  ])
  return rows
}
