import { createHash } from 'node:crypto'
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { imageRefSchema } from '@common/domain/workshop/schema'
import { formatRef } from '@common/i18n/message-ref'
import type { AppTranslator } from '../refusal'
import { isMissingFile, isOneOf, tempPathFor } from '../storage/durable-write'
import { fileErrorIn } from '../storage/file-error-message'
import { checkPicture, pictureMimeTypes, type PictureType } from './picture-check'

export type StoredPicture =
  | { ok: true; ref: string; bytes: Buffer; mimeType: string }
  | { ok: false; missing: boolean; message: string }

/**
 * The pictures of a library's workshops, one file per picture named by its content
 * (`<sha256>.<type>`), in the library folder's `pictures` folder.
 *
 * Why content-addressed, beside the workshops rather than inside them: a workshop file names its
 * pictures and stays small, so autosave rewrites a few kilobytes and never the pictures' bytes;
 * renaming, duplicating or deleting a workshop cannot lose a picture another workshop (or a past
 * session) uses, since nothing is ever removed; the same picture chosen twice is stored once. In
 * the library folder rather than the app's own data, so a library on a shared or synced drive
 * brings its pictures to every computer that opens it. Exports carry the bytes (see
 * `export-file.ts`) for the one case this does not cover: a workshop sent on its own.
 *
 * What it refuses with is in the language of `t`: the app's, for the console that shows it.
 */
export class PictureStore {
  constructor(
    private readonly folder: () => string,
    private readonly t: AppTranslator,
  ) {}

  private pathOf(ref: string): string {
    return join(this.folder(), 'pictures', ref)
  }

  /**
   * Checks a picture and stores it unless it is there already. Written under a temporary name
   * and linked into place, so a picture file is either complete or absent, and two writers of
   * one picture cannot clash.
   */
  async add(
    bytes: Uint8Array,
  ): Promise<{ ok: true; ref: string } | { ok: false; message: string }> {
    const checked = checkPicture(bytes)
    if (!checked.ok) return { ok: false, message: formatRef(this.t(), checked.message) }
    const path = this.pathOf(checked.ref)
    const temp = tempPathFor(path)
    try {
      await mkdir(join(this.folder(), 'pictures'), { recursive: true })
      await writeFile(temp, bytes, { flush: true })
      await link(temp, path).catch((error: unknown) => {
        // Already stored: the same name means the same bytes.
        if (!isOneOf(error, ['EEXIST'])) throw error
      })
    } catch (error) {
      return { ok: false, message: this.fileError('errors.pictures.cannotStore', error) }
    } finally {
      await rm(temp, { force: true })
    }
    return { ok: true, ref: checked.ref }
  }

  /** True when the store holds a picture. */
  async has(ref: string): Promise<boolean> {
    return (await this.read(ref)).ok
  }

  /**
   * Reads a picture, checking that its bytes still match its name (a file replaced or damaged
   * by hand is reported, not shown as if it were the picture the workshop chose).
   */
  async read(ref: string): Promise<StoredPicture> {
    if (!imageRefSchema.safeParse(ref).success)
      return {
        ok: false,
        missing: false,
        message: this.t().formatMessage(
          { id: 'errors.pictures.notReference' },
          { ref: ref.slice(0, 80) },
        ),
      }
    let bytes: Buffer
    try {
      bytes = await readFile(this.pathOf(ref))
    } catch (error) {
      if (isMissingFile(error))
        return {
          ok: false,
          missing: true,
          message: this.t().formatMessage({ id: 'errors.pictures.notInLibrary' }),
        }
      return {
        ok: false,
        missing: false,
        message: this.fileError('errors.pictures.cannotReadStored', error),
      }
    }
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (!ref.startsWith(hash))
      return {
        ok: false,
        missing: false,
        message: this.t().formatMessage({ id: 'errors.pictures.changedOutside' }),
      }
    const type = ref.slice(ref.lastIndexOf('.') + 1) as PictureType
    return { ok: true, ref, bytes, mimeType: pictureMimeTypes[type] }
  }

  private fileError(
    id: 'errors.pictures.cannotStore' | 'errors.pictures.cannotReadStored',
    error: unknown,
  ): string {
    const translator = this.t()
    return translator.formatMessage({ id }, { reason: fileErrorIn(translator, error) })
  }
}
