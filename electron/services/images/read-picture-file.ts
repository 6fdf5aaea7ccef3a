import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { AppTranslator } from '../refusal'
import { fileErrorIn } from '../storage/file-error-message'
import { MAX_PICTURE_BYTES } from './picture-check'

/**
 * Reads a picture file the user chose. Only a regular file is read (a named pipe would block
 * forever), and one far over the size limit is not read at all: the check that names the limit
 * runs on the bytes, so a slightly larger file is read to say exactly how large it is. A refusal
 * is in the language of `t`.
 */
export async function readPictureFile(
  path: string,
  t: AppTranslator,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  const name = basename(path)
  try {
    const stats = await stat(path)
    if (!stats.isFile())
      return {
        ok: false,
        message: t().formatMessage({ id: 'errors.pictures.notRegularFile' }, { file: name }),
      }
    if (stats.size > MAX_PICTURE_BYTES * 4)
      return {
        ok: false,
        message: t().formatMessage(
          { id: 'errors.pictures.fileTooLarge' },
          {
            file: name,
            size: Math.round(stats.size / (1024 * 1024)),
            max: MAX_PICTURE_BYTES / (1024 * 1024),
          },
        ),
      }
    return { ok: true, bytes: await readFile(path) }
  } catch (error) {
    const translator = t()
    return {
      ok: false,
      message: translator.formatMessage(
        { id: 'errors.pictures.cannotRead' },
        { file: name, reason: fileErrorIn(translator, error) },
      ),
    }
  }
}
