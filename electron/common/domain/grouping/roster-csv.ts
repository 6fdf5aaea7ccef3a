import { hasVisibleCharacter, trimUnseen } from '../visible-text'
import { distinguish, MAX_ROSTER, numberPeople, type RosterRead } from './roster-text'

/** A sheet read from CSV: its header row and the rows under it. */
export interface Sheet {
  columns: string[]
  rows: string[][]
}

function delimiterOf(firstLine: string): string {
  // Spreadsheet exports use commas, semicolons (where the comma is the decimal mark) or tabs.
  const counts = [',', ';', '\t'].map((mark) => ({ mark, count: firstLine.split(mark).length }))
  return counts.sort((a, b) => b.count - a.count)[0]?.mark ?? ','
}

/**
 * Reads CSV as spreadsheets export it (RFC 4180: quoted fields, doubled quotes, line breaks in
 * quotes), with the first row as headers. A quote left open is refused with its line number.
 */
export function parseCsv(
  text: string,
): { ok: true; sheet: Sheet } | { ok: false; message: string } {
  const source = text.replace(/^\uFEFF/, '')
  const mark = delimiterOf(source.split(/\r?\n/, 1)[0] ?? '')
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let quoteLine = 0
  for (let index = 0; index < source.length; index++) {
    const char = source[index] as string
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"'
        index++
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line++
        field += char
      }
    } else if (char === '"' && field === '') {
      quoted = true
      quoteLine = line
    } else if (char === mark) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      line++
    } else field += char
  }
  if (quoted) {
    return {
      ok: false,
      message: `The CSV has a quote opened on line ${String(quoteLine)} that is never closed.`,
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  const filled = rows.filter((cells) => cells.some((cell) => cell.trim() !== ''))
  const [header, ...body] = filled
  if (header === undefined || body.length === 0) {
    return { ok: false, message: 'The CSV needs a header row and at least one row of names.' }
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
    return { ok: false, message: 'Choose the column that holds the names.' }
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
      message: `The column “${sheet.columns[nameColumn] ?? ''}” has no names in it.`,
    }
  }
  if (entries.length > MAX_ROSTER) {
    return {
      ok: false,
      message: `The sheet has ${String(entries.length)} names; at most ${String(MAX_ROSTER)} fit.`,
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
