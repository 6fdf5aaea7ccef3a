import { constants, type Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { translatorFor, type Translator } from '@common/i18n/translator'
import { isMissingFile, pathExists } from './durable-write'
import { fileErrorIn } from './file-error-message'

/** Why a file was not read, for {@link describeReadProblem} to say in a language. */
export type ReadProblem =
  | { kind: 'notRegular'; what: 'folder' | 'pipe' | 'socket' | 'device' | 'other' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'grew'; limit: number }
  | { kind: 'missing' }
  | { kind: 'unreadable'; error: unknown }

/**
 * A file read whole, or why it was not: `missing` (nothing at the path), `refused` (not a regular
 * file, or over the size limit: the file is there but will never be read as it is) or
 * `unreadable` (the file system said no: permissions, a removed drive; it may read fine later).
 * `message` says the problem in English (the log, the command line); a service that answers the
 * console says `problem` in the app's language.
 */
export type RegularFileRead =
  | { ok: true; text: string; stats: Stats }
  | {
      ok: false
      reason: 'missing' | 'refused' | 'unreadable'
      problem: ReadProblem
      message: string
    }

/** As {@link RegularFileRead}, for a file read as bytes (a spreadsheet). */
export type RegularBytesRead =
  { ok: true; bytes: Buffer; stats: Stats } | Extract<RegularFileRead, { ok: false }>

type ReadFailure = Extract<RegularFileRead, { ok: false }>

/** What kind of thing stands at a path that is not a regular file. */
function kindOf(stats: Stats): Extract<ReadProblem, { kind: 'notRegular' }>['what'] {
  if (stats.isDirectory()) return 'folder'
  if (stats.isFIFO()) return 'pipe'
  if (stats.isSocket()) return 'socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device'
  return 'other'
}

/** Why a file with these stats is not read, or null when it may be. */
export function refusalFor(stats: Stats, maxBytes: number): ReadProblem | null {
  if (!stats.isFile()) return { kind: 'notRegular', what: kindOf(stats) }
  if (stats.size > maxBytes) return { kind: 'tooLarge', bytes: stats.size, limit: maxBytes }
  return null
}

function sizeIn(t: Translator, bytes: number): string {
  return bytes >= 1024 * 1024
    ? t.formatMessage({ id: 'errors.read.megabytes' }, { size: bytes / (1024 * 1024) })
    : t.formatMessage({ id: 'errors.read.kilobytes' }, { size: Math.ceil(bytes / 1024) })
}

/** Says why a file was not read, in the language of `t`: it follows the file's name. */
export function describeReadProblem(t: Translator, problem: ReadProblem): string {
  switch (problem.kind) {
    case 'notRegular':
      return t.formatMessage({ id: 'errors.read.notRegular' }, { what: problem.what })
    case 'tooLarge':
      return t.formatMessage(
        { id: 'errors.read.tooLarge' },
        { size: sizeIn(t, problem.bytes), limit: sizeIn(t, problem.limit) },
      )
    case 'grew':
      return t.formatMessage({ id: 'errors.read.grew' }, { limit: sizeIn(t, problem.limit) })
    case 'missing':
      return t.formatMessage({ id: 'errors.read.missing' })
    case 'unreadable':
      return t.formatMessage(
        { id: 'errors.read.unreadable' },
        { reason: fileErrorIn(t, problem.error) },
      )
  }
}

function failure(reason: ReadFailure['reason'], problem: ReadProblem): ReadFailure {
  return { ok: false, reason, problem, message: describeReadProblem(translatorFor('en'), problem) }
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8, never throwing. Anything else is refused
 * before it is opened: a named pipe would block a file-system thread until someone writes to it
 * (a few such reads stall every file operation of the process), a device such as `/dev/zero`
 * never ends. A symbolic link is followed and its target held to the same rules. The file is
 * opened non-blocking and checked again through its handle, so one swapped in between the check
 * and the open is refused too, and at most `maxBytes` are read even if it grows meanwhile.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileRead> {
  const read = await readRegularBytes(path, maxBytes)
  return read.ok ? { ok: true, text: read.bytes.toString('utf8'), stats: read.stats } : read
}

/** As {@link readRegularFile}, keeping the bytes as they are. */
export async function readRegularBytes(path: string, maxBytes: number): Promise<RegularBytesRead> {
  let before: Stats
  try {
    before = await stat(path)
  } catch (error) {
    return failedToRead(path, error)
  }
  const refused = refusalFor(before, maxBytes)
  if (refused !== null) return failure('refused', refused)
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return failedToRead(path, error)
  }
  try {
    const stats = await handle.stat()
    const refusedNow = refusalFor(stats, maxBytes)
    if (refusedNow !== null) return failure('refused', refusedNow)
    // One byte more than allowed tells a file that grew past the limit from one that fits.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes) return failure('refused', { kind: 'grew', limit: maxBytes })
    return { ok: true, bytes: buffer.subarray(0, length), stats }
  } catch (error) {
    return await failedToRead(path, error)
  } finally {
    await handle.close()
  }
}

async function failedToRead(path: string, error: unknown): Promise<ReadFailure> {
  // ENOENT means the file is gone only when its folder is still there; else the drive is away.
  if (isMissingFile(error) && (await pathExists(dirname(path))))
    return failure('missing', { kind: 'missing' })
  return failure('unreadable', { kind: 'unreadable', error })
}
