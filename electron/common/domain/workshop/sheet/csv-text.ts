import Papa from 'papaparse'
import type { ExportCell } from './sheet-export'
import type { SheetCells } from './sheet-table'

/**
 * A CSV file's bytes as text: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
 * "Unicode text"), and otherwise Windows-1252, which older spreadsheets write on Windows.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/**
 * The separator of a CSV text: whichever of comma, semicolon (European spreadsheets, where the
 * comma is the decimal mark) and tab its first line uses most, outside quotes. The first line is
 * the header, whose cells rarely hold punctuation; the rows under it may hold any.
 */
export function guessSeparator(text: string): ',' | ';' | '\t' {
  const firstLine = (/^[^\r\n]*/.exec(text.replace(/"[^"]*"/g, '')) ?? [''])[0]
  const counts = ([',', ';', '\t'] as const).map(
    (separator) => [separator, firstLine.split(separator).length] as const,
  )
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

/** Reads CSV text into cells; quoted cells may hold separators and line breaks. */
export function readCsvCells(text: string): SheetCells {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const parsed = Papa.parse<string[]>(body, {
    delimiter: guessSeparator(body),
    skipEmptyLines: false,
  })
  return parsed.data
}

/**
 * Writes rows as CSV: comma-separated, every line ending in CRLF, with a byte-order mark so that
 * Excel reads the text as UTF-8 rather than guessing its system's encoding.
 */
export function writeCsvText(rows: readonly (readonly ExportCell[])[]): string {
  return `\uFEFF${Papa.unparse(
    rows.map((row) => row.map(String)),
    { newline: '\r\n' },
  )}\r\n`
}
