import { agendaSheetRows, type ExportCell } from '@common/domain/workshop/sheet/sheet-export'
import { sheetToWorkshop } from '@common/domain/workshop/sheet/sheet-import'
import { guessMapping } from '@common/domain/workshop/sheet/sheet-mapping'
import { splitHeader } from '@common/domain/workshop/sheet/sheet-table'
import { readSheetBytes, writeXlsxBytes } from '../../electron/services/agenda/sheet-file'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { inEnglish } from '../support/in-english'
import { median, timeMs } from './stats'

/** A sheet of `rows` one-phase exercises, as a facilitator's own spreadsheet might hold them. */
function agendaOfRows(rows: number): ExportCell[][] {
  return [
    ['Title', 'Start', 'Duration', 'Grouping', 'Prompts', 'Notes'],
    ...Array.from({ length: rows }, (_, i) => [
      `Exercise ${String(i + 1)}`,
      `${String(8 + Math.floor(i / 12)).padStart(2, '0')}:${String((i % 12) * 5).padStart(2, '0')}`,
      5,
      i % 2 === 0 ? 'pairs' : 'whole room',
      'What did you notice?\nWhat will you try next?',
      'Keep an eye on the time',
    ]),
  ]
}

/**
 * Times the agenda files: the built-in workshop written as an .xlsx file, and a 200-row .xlsx
 * read into a workshop (the file's bytes to the previewed workshop: unzip, parse the sheet,
 * find the header, guess the mapping, convert and validate). Medians of `runs` after a warm-up.
 */
export async function measureAgendaFiles(
  runs: number,
): Promise<{ exportMs: number; importMs: number; items: number }> {
  const builtin = loadBuiltinWorkshop()
  const sheet = await writeXlsxBytes(agendaOfRows(200))
  let items = 0
  const importOnce = async () => {
    const read = await readSheetBytes('agenda.xlsx', sheet)
    if (!read.ok) throw new Error(inEnglish(read.message))
    const table = splitHeader(read.cells)
    const made = sheetToWorkshop(table, guessMapping(table.headers), 'Bench')
    if (!made.ok || made.problems.length > 0) throw new Error('the bench sheet did not import')
    items = made.workshop.exercises.length
  }
  const exportOnce = () => writeXlsxBytes(agendaSheetRows(builtin))
  await importOnce()
  await exportOnce()
  const exportTimes: number[] = []
  const importTimes: number[] = []
  for (let i = 0; i < runs; i += 1) {
    exportTimes.push(await timeMs(exportOnce))
    importTimes.push(await timeMs(importOnce))
  }
  return { exportMs: median(exportTimes), importMs: median(importTimes), items }
}
