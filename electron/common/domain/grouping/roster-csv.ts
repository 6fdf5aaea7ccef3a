import Papa from 'papaparse'
import { messageRef, type MessageRef } from '../../i18n/message-ref'
import { guessSeparator } from '../workshop/sheet/csv-text'
import { hasVisibleCharacter, trimUnseen } from '../visible-text'
import { distinguish, MAX_ROSTER, numberPeople, type RosterRead } from './roster-text'

/** A sheet read from CSV: its header row and the rows under it. */
export interface Sheet {
  columns: string[]
  rows: string[][]
}

/**
 * Reads CSV as spreadsheets export it (quoted fields, doubled quotes, line breaks in quotes;
 * comma, semicolon or tab), with the first row as headers: the same reader as the agenda import.
 * A quote left open is refused with its line number.
 */
export function parseCsv(
  text: string,
): { ok: true; sheet: Sheet } | { ok: false; message: MessageRef } {
  const source = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(source, {
    delimiter: guessSeparator(source),
    skipEmptyLines: false,
  })
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unclosed !== undefined) {
    const quoteLine = source.slice(0, unclosed.index).split('\n').length
    return {
      ok: false,
      message: messageRef('console.pairs.csv.openQuote', { line: quoteLine }),
    }
  }
  const filled = parsed.data.filter((cells) => cells.some((cell) => cell.trim() !== ''))
  const [header, ...body] = filled
  if (header === undefined || body.length === 0) {
    return { ok: false, message: messageRef('console.pairs.csv.noRows') }
  }
  return { ok: true, sheet: { columns: header.map((cell) => cell.trim()), rows: body } }
}

/** The first column whose header looks like a name, for the column picker's first choice. */
export function guessNameColumn(columns: readonly string[]): number {
  const found = columns.findIndex((column) => /name/i.test(column))
  return found >= 0 ? found : 0
}

/**
 * People from a sheet: the name from one column, attributes (career stage, branch…) from others.
 * Rows with an empty name are skipped and counted in the message only when nothing is left.
 */
export function peopleFromSheet(
  sheet: Sheet,
  nameColumn: number,
  attributeColumns: readonly number[],
): RosterRead {
  if (sheet.columns[nameColumn] === undefined) {
    return { ok: false, message: messageRef('console.pairs.csv.chooseNames') }
  }
  const entries = sheet.rows
    .map((row) => ({
      name: trimUnseen(row[nameColumn] ?? ''),
      attributes: Object.fromEntries(
        attributeColumns
          .filter((column) => column !== nameColumn && sheet.columns[column] !== undefined)
          .map((column) => [sheet.columns[column] ?? '', (row[column] ?? '').trim().slice(0, 200)]),
      ),
    }))
    .filter((entry) => hasVisibleCharacter(entry.name))
  if (entries.length === 0) {
    return {
      ok: false,
      message: messageRef('console.pairs.csv.emptyColumn', {
        column: sheet.columns[nameColumn] ?? '',
      }),
    }
  }
  if (entries.length > MAX_ROSTER) {
    return {
      ok: false,
      message: messageRef('console.pairs.csv.tooMany', {
        count: entries.length,
        max: MAX_ROSTER,
      }),
    }
  }
  const names = distinguish(entries.map((entry) => entry.name.slice(0, 120)))
  return {
    ok: true,
    people: numberPeople(
      entries.map((entry, index) => ({ ...entry, name: names[index] ?? entry.name })),
    ),
  }
}
