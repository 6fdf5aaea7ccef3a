import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { describeFileError } from '../storage/durable-write'
import { MAX_PICTURE_BYTES } from './picture-check'

/**
 * Reads a picture file the user chose. Only a regular file is read (a named pipe would block
 * forever), and one far over the size limit is not read at all: the check that names the limit
 * runs on the bytes, so a slightly larger file is read to say exactly how large it is.
 */
export async function readPictureFile(
  path: string,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  const name = basename(path)
  try {
    const stats = await stat(path)
    if (!stats.isFile()) return { ok: false, message: `${name} is not a regular file.` }
    if (stats.size > MAX_PICTURE_BYTES * 4)
      return {
        ok: false,
        message: `${name} is ${(stats.size / (1024 * 1024)).toFixed(0)} MB; a picture can be at most ${String(MAX_PICTURE_BYTES / (1024 * 1024))} MB. Save it smaller and choose it again.`,
      }
    return { ok: true, bytes: await readFile(path) }
  } catch (error) {
    return { ok: false, message: `Could not read ${name}: ${describeFileError(error)}.` }
  }
}
