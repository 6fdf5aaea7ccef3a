import { basename } from 'node:path'
import type { AgendaSheet } from '@common/api/library-types'
import { fail, succeed, type Result } from '@common/api/result'
import { readRegularBytes } from '../storage/read-regular-file'
import { MAX_SHEET_FILE_BYTES, readSheetBytes } from './sheet-file'

/** Reads a sheet's bytes for the mapping step; a file that is no sheet is refused in words. */
export async function sheetFromBytes(
  fileName: string,
  bytes: Buffer,
): Promise<Result<AgendaSheet>> {
  if (bytes.length > MAX_SHEET_FILE_BYTES)
    return fail(
      'invalid-file',
      `Could not import ${fileName}: it is over the limit of 10 MB for a spreadsheet.`,
    )
  const read = await readSheetBytes(fileName, bytes)
  if (!read.ok) return fail('invalid-file', `Could not import ${fileName}. ${read.message}.`)
  if (read.cells.every((row) => row.every((cell) => cell.trim() === '')))
    return fail('invalid-file', `Could not import ${fileName}: it is empty.`)
  return succeed({ fileName, cells: read.cells })
}

/** Reads a spreadsheet or CSV file at a path for the mapping step. */
export async function readSheetFile(path: string): Promise<Result<AgendaSheet>> {
  const fileName = basename(path)
  const read = await readRegularBytes(path, MAX_SHEET_FILE_BYTES)
  if (!read.ok) return fail('io-error', `Could not import ${fileName}: it ${read.message}.`)
  return sheetFromBytes(fileName, read.bytes)
}
