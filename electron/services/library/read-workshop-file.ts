import { createHash } from 'node:crypto'
import { parseWorkshopText } from '@common/domain/workshop/parse'
import { describeWorkshopProblem, isWholeFileProblem } from '@common/domain/workshop/problem-words'
import type { Workshop } from '@common/domain/workshop/schema'
import { translatorFor, type Translator } from '@common/i18n/translator'
import { describeReadProblem, readRegularFile } from '../storage/read-regular-file'

/**
 * The largest workshop file read, in bytes. The built-in half-day workshop is 58 KB for 12
 * exercises, so 4 MB holds some 800 exercises written as fully; the schema allows far fewer (see
 * its agenda limit), and a file this size still parses in tens of milliseconds. Anything larger is
 * not a workshop someone wrote, and reading it would hold up the main process for seconds.
 */
export const MAX_WORKSHOP_FILE_BYTES = 4 * 1024 * 1024

/**
 * A workshop file as read from disk: its content revision, and the workshop or what is wrong.
 * A file that could not be read at all may read fine later with the same size and modification
 * time (its permissions changed, a drive came back), so `unreadable` keeps it apart from text
 * that does not validate; `missing` says nothing is at the path any more. `wholeFile` tells one
 * sentence about the file (not JSON, not a workshop) from lines naming its bad fields.
 */
export type WorkshopFileRead =
  | { ok: true; workshop: Workshop; revision: string; text: string }
  | { ok: false; message: string; unreadable: boolean; missing: boolean; wholeFile: boolean }

/** A short fingerprint of a file's text, to notice changes made by someone else. */
export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/**
 * Reads, migrates and validates one workshop file. Never throws. Only a regular file within
 * {@link MAX_WORKSHOP_FILE_BYTES} is read (see {@link readRegularFile}). What is wrong with the
 * text is said in the language of `t` (the console's); English by default (the library's index,
 * the log, the command line).
 */
export async function readWorkshopFile(
  path: string,
  t: Translator = translatorFor('en'),
): Promise<WorkshopFileRead> {
  const read = await readRegularFile(path, MAX_WORKSHOP_FILE_BYTES)
  if (!read.ok)
    // A refused file (a pipe, a device) is not kept in the index: a stat is all it costs.
    return {
      ok: false,
      message: describeReadProblem(t, read.problem),
      unreadable: true,
      missing: read.reason === 'missing',
      wholeFile: false,
    }
  const parsed = parseWorkshopText(read.text)
  if (!parsed.ok)
    return {
      ok: false,
      message: describeWorkshopProblem(t, parsed.problem),
      unreadable: false,
      missing: false,
      wholeFile: isWholeFileProblem(parsed.problem),
    }
  return { ok: true, workshop: parsed.workshop, revision: revisionOf(read.text), text: read.text }
}
