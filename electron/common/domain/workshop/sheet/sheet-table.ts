import { guessColumn, sheetFields } from './sheet-mapping'

/**
 * The most rows a sheet may have to be read: a workshop holds at most 200 exercises and breaks of
 * up to 20 phases each, and a sheet far longer than any agenda is refused before it is looked at.
 */
export const MAX_SHEET_ROWS = 4000

/** A sheet's cells as text, exactly as a spreadsheet or CSV file holds them, one array per row. */
export type SheetCells = string[][]

/** One row under the header, with its number as the spreadsheet shows it (1 is the first row). */
export interface SheetRow {
  number: number
  cells: string[]
}

/** A sheet split into its header (each column's name) and the rows under it. */
export interface SheetTable {
  headers: string[]
  rows: SheetRow[]
}

/** A column's letter as spreadsheets name it: A, B, … Z, AA. */
export function columnLetter(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

function isEmpty(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '')
}

function knownHeaders(row: readonly string[]): number {
  return row.filter((cell) => sheetFields.some((field) => guessColumn(field, [cell]) !== null))
    .length
}

/**
 * Finds the header row: the first of the top ten with two or more column names it knows, so a
 * title row above the table (often a merged cell) is passed over; else the first non-empty row.
 * A header cell left empty (the rest of a merged cell) is named by its column letter.
 */
export function splitHeader(cells: SheetCells): SheetTable {
  const candidates = cells.slice(0, 10)
  let headerIndex = candidates.findIndex((row) => knownHeaders(row) >= 2)
  if (headerIndex === -1) headerIndex = cells.findIndex((row) => !isEmpty(row))
  if (headerIndex === -1) return { headers: [], rows: [] }
  const width = Math.max(...cells.map((row) => row.length))
  const headerRow = cells[headerIndex] ?? []
  const headers = Array.from({ length: width }, (_, index) => {
    const name = (headerRow[index] ?? '').trim()
    return name === '' ? `Column ${columnLetter(index)}` : name
  })
  const rows = cells.slice(headerIndex + 1).map((row, offset) => ({
    number: headerIndex + offset + 2,
    cells: headers.map((_, index) => row[index] ?? ''),
  }))
  return { headers, rows }
}
