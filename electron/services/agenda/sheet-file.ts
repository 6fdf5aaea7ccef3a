import { readSheet } from 'read-excel-file/node'
import writeXlsxFile from 'write-excel-file/node'
import { decodeCsvBytes, readCsvCells } from '@common/domain/workshop/sheet/csv-text'
import type { ExportCell } from '@common/domain/workshop/sheet/sheet-export'
import { MAX_SHEET_ROWS, type SheetCells } from '@common/domain/workshop/sheet/sheet-table'
import { messageRef, type MessageRef } from '@common/i18n/message-ref'

/** The largest spreadsheet or CSV file Import reads: far above any agenda, with its formatting. */
export const MAX_SHEET_FILE_BYTES = 10 * 1024 * 1024

/** The file kinds read as agenda sheets, by extension. */
export const sheetExtensions = ['xlsx', 'csv', 'tsv'] as const

/** True when a file's name says it is a spreadsheet or CSV file. */
export function isSheetFileName(name: string): boolean {
  const extension = name.toLowerCase().split('.').pop() ?? ''
  return (sheetExtensions as readonly string[]).includes(extension)
}

export type SheetRead = { ok: true; cells: SheetCells } | { ok: false; message: MessageRef }

// Excel counts days from 30 December 1899; a cell formatted as a time is a fraction of a day.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY = 86_400_000

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * A cell as text, the way the facilitator sees it in the spreadsheet: a time (or a duration
 * formatted as one) as "H:MM:SS", a date with a time as its time of day, a number as written.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const sinceEpoch = value.getTime() - EXCEL_EPOCH
    const ms = sinceEpoch >= 0 && sinceEpoch < DAY ? sinceEpoch : value.getTime() % DAY
    const seconds = Math.round(ms / 1000)
    const hours = Math.floor(seconds / 3600)
    return `${String(hours)}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`
  }
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * Reads a spreadsheet's first sheet, or a CSV file, into cells as text. A file that is neither,
 * or one longer than any agenda ({@link MAX_SHEET_ROWS} rows), is refused in one plain sentence,
 * named for the caller to say in its reader's language.
 */
export async function readSheetBytes(fileName: string, bytes: Buffer): Promise<SheetRead> {
  const isXlsx = fileName.toLowerCase().endsWith('.xlsx')
  let cells: SheetCells
  if (isXlsx || looksLikeZip(bytes)) {
    if (!looksLikeZip(bytes))
      return { ok: false, message: messageRef('errors.import.sheet.notXlsx', { file: fileName }) }
    try {
      const rows = await readSheet(bytes, { trim: false })
      cells = rows.map((row) => row.map(cellText))
    } catch {
      return {
        ok: false,
        message: messageRef('errors.import.sheet.unreadable', { file: fileName }),
      }
    }
  } else {
    if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
      return { ok: false, message: messageRef('errors.import.sheet.binary', { file: fileName }) }
    cells = readCsvCells(decodeCsvBytes(bytes))
  }
  if (cells.length > MAX_SHEET_ROWS)
    return {
      ok: false,
      message: messageRef('errors.import.sheet.tooManyRows', {
        file: fileName,
        rows: cells.length,
        max: MAX_SHEET_ROWS,
      }),
    }
  return { ok: true, cells }
}

/**
 * An agenda as an .xlsx file: the header in bold, prompts and notes wrapped in their cells,
 * minutes as numbers the spreadsheet can add up.
 */
export async function writeXlsxBytes(rows: readonly (readonly ExportCell[])[]): Promise<Buffer> {
  const [header = [], ...body] = rows
  const data = [
    header.map((value) => ({ value: String(value), fontWeight: 'bold' as const })),
    ...body.map((row) =>
      row.map((value) =>
        typeof value === 'number'
          ? { value, type: Number }
          : { value, type: String, wrap: value.includes('\n') },
      ),
    ),
  ]
  const widths = header.map((_, column) =>
    Math.min(60, Math.max(8, ...rows.map((row) => longestLine(row[column])))),
  )
  return writeXlsxFile(data, { columns: widths.map((width) => ({ width })) }).toBuffer()
}

function longestLine(value: ExportCell | undefined): number {
  return (
    Math.max(
      ...String(value ?? '')
        .split('\n')
        .map((line) => line.length),
    ) + 2
  )
}
