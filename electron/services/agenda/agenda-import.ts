import { basename } from 'node:path'
import type { AgendaSheet } from '@common/api/library-types'
import { succeed, type Result } from '@common/api/result'
import { formatRef } from '@common/i18n/message-ref'
import type { Translator } from '@common/i18n/translator'
import { refuse } from '../refusal'
import { describeReadProblem, readRegularBytes } from '../storage/read-regular-file'
import { MAX_SHEET_FILE_BYTES, readSheetBytes } from './sheet-file'

/**
 * Reads a sheet's bytes for the mapping step; a file that is no sheet is refused in words, in
 * the language of `t`.
 */
export async function sheetFromBytes(
  fileName: string,
  bytes: Buffer,
  t: () => Translator,
): Promise<Result<AgendaSheet>> {
  if (bytes.length > MAX_SHEET_FILE_BYTES)
    return refuse(t, 'invalid-file', 'errors.import.sheetTooLarge', {
      file: fileName,
      megabytes: MAX_SHEET_FILE_BYTES / 1024 / 1024,
    })
  const read = await readSheetBytes(fileName, bytes)
  if (!read.ok)
    return refuse(t, 'invalid-file', 'errors.import.wholeFile', {
      file: fileName,
      problem: formatRef(t(), read.message),
    })
  if (read.cells.every((row) => row.every((cell) => cell.trim() === '')))
    return refuse(t, 'invalid-file', 'errors.import.emptySheet', { file: fileName })
  return succeed({ fileName, cells: read.cells })
}

/** Reads a spreadsheet or CSV file at a path for the mapping step. */
export async function readSheetFile(
  path: string,
  t: () => Translator,
): Promise<Result<AgendaSheet>> {
  const fileName = basename(path)
  const read = await readRegularBytes(path, MAX_SHEET_FILE_BYTES)
  if (!read.ok)
    return refuse(t, 'io-error', 'errors.import.unreadable', {
      file: fileName,
      problem: describeReadProblem(t(), read.problem),
    })
  return sheetFromBytes(fileName, read.bytes, t)
}
