import { constants, type Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describeFileError, isMissingFile, pathExists } from './durable-write'

/**
 * A file read whole, or why it was not: `missing` (nothing at the path), `refused` (not a regular
 * file, or over the size limit: the file is there but will never be read as it is) or
 * `unreadable` (the file system said no: permissions, a removed drive; it may read fine later).
 */
export type RegularFileRead =
  | { ok: true; text: string; stats: Stats }
  | { ok: false; reason: 'missing' | 'refused' | 'unreadable'; message: string }

/** As {@link RegularFileRead}, for a file read as bytes (a spreadsheet). */
export type RegularBytesRead =
  { ok: true; bytes: Buffer; stats: Stats } | Extract<RegularFileRead, { ok: false }>

/** What kind of thing stands at a path that is not a regular file, for messages. */
function describeKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

/** Why a file with these stats is not read, or null when it may be. */
export function refusalFor(stats: Stats, maxBytes: number): string | null {
  if (!stats.isFile()) return `is ${describeKind(stats)}, not a regular file, so it is not read`
  if (stats.size > maxBytes)
    return `is ${formatBytes(stats.size)}, over the limit of ${formatBytes(maxBytes)} for this kind of file`
  return null
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${String(Math.ceil(bytes / 1024))} KB`
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
  if (refused !== null) return { ok: false, reason: 'refused', message: refused }
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return failedToRead(path, error)
  }
  try {
    const stats = await handle.stat()
    const refusedNow = refusalFor(stats, maxBytes)
    if (refusedNow !== null) return { ok: false, reason: 'refused', message: refusedNow }
    // One byte more than allowed tells a file that grew past the limit from one that fits.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > maxBytes)
      return {
        ok: false,
        reason: 'refused',
        message: `grew past the limit of ${formatBytes(maxBytes)} while being read`,
      }
    return { ok: true, bytes: buffer.subarray(0, length), stats }
  } catch (error) {
    return await failedToRead(path, error)
  } finally {
    await handle.close()
  }
}

async function failedToRead(
  path: string,
  error: unknown,
): Promise<Extract<RegularFileRead, { ok: false }>> {
  // ENOENT means the file is gone only when its folder is still there; else the drive is away.
  if (isMissingFile(error) && (await pathExists(dirname(path))))
    return { ok: false, reason: 'missing', message: 'does not exist (it was moved or deleted)' }
  return { ok: false, reason: 'unreadable', message: `cannot be read: ${describeFileError(error)}` }
}
