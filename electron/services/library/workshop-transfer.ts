import { basename } from 'node:path'
import {
  parseExportText,
  pictureRefsOf,
  serializeExport,
  type EmbeddedPictures,
} from '@common/domain/workshop/export-file'
import type { WorkshopProblem } from '@common/domain/workshop/parse'
import { describeWorkshopProblem, isWholeFileProblem } from '@common/domain/workshop/problem-words'
import type { Workshop } from '@common/domain/workshop/schema'
import { translatorFor, type Translator } from '@common/i18n/translator'
import type { Codec } from '../storage/durable-adapter'
import { describeReadProblem, readRegularFile } from '../storage/read-regular-file'
import type { PictureStore } from '../images/picture-store'

/**
 * The largest file Import reads: a workshop with a dozen full-size pictures as base64. Library
 * files themselves stay under MAX_WORKSHOP_FILE_BYTES, since their pictures live in the store.
 */
export const MAX_IMPORT_FILE_BYTES = 160 * 1024 * 1024

/** A workshop with its pictures' bytes, as an export file holds it. */
export interface WorkshopExport {
  workshop: Workshop
  pictures: EmbeddedPictures
}

export const exportCodec: Codec<WorkshopExport> = {
  parse: (text) => {
    const parsed = parseExportText(text)
    // In English: a file written moments ago that does not read back is a bug for the log.
    if (!parsed.ok) throw new Error(describeWorkshopProblem(translatorFor('en'), parsed.problem))
    return { workshop: parsed.workshop, pictures: parsed.pictures }
  },
  serialize: ({ workshop, pictures }) => serializeExport(workshop, pictures),
}

/**
 * Gathers a workshop's pictures from the store for an export. A picture the store does not hold
 * is left out (the workshop still names it, so nothing is lost) and counted for the message.
 */
export async function collectPictures(
  workshop: Workshop,
  store: PictureStore,
): Promise<{ pictures: EmbeddedPictures; missing: number }> {
  const pictures: EmbeddedPictures = {}
  let missing = 0
  for (const ref of pictureRefsOf(workshop)) {
    const read = await store.read(ref)
    if (read.ok) pictures[ref] = read.bytes.toString('base64')
    else missing += 1
  }
  return { pictures, missing }
}

export type ImportRead =
  | { ok: true; workshop: Workshop }
  | { ok: false; code: 'io-error' | 'invalid-file'; message: string }

/**
 * Reads a file to import, a library file or an export with pictures, and puts its pictures in
 * the store (each checked like a chosen picture, and against its reference, so a picture edited
 * after the export is refused rather than shown under another picture's name). Nothing enters the
 * library until every picture is stored.
 */
export async function readImport(
  path: string,
  store: PictureStore,
  t: Translator,
): Promise<ImportRead> {
  const name = basename(path)
  const read = await readRegularFile(path, MAX_IMPORT_FILE_BYTES)
  if (!read.ok)
    return {
      ok: false,
      code: 'io-error',
      message: t.formatMessage(
        { id: 'errors.import.unreadable' },
        { file: name, problem: describeReadProblem(t, read.problem) },
      ),
    }
  return readImportText(name, read.text, store, t)
}

/** As {@link readImport}, for a file's text already read (a file dropped on the library). */
export async function readImportText(
  name: string,
  text: string,
  store: PictureStore,
  t: Translator,
): Promise<ImportRead> {
  const parsed = parseExportText(text)
  if (!parsed.ok)
    return {
      ok: false,
      code: 'invalid-file',
      message: describeImportProblem(t, name, parsed.problem),
    }
  for (const [ref, base64] of Object.entries(parsed.pictures)) {
    const stored = await store.add(Buffer.from(base64, 'base64'))
    if (!stored.ok)
      return {
        ok: false,
        code: 'invalid-file',
        message: t.formatMessage(
          { id: 'errors.import.badPicture' },
          { file: name, problem: stored.message },
        ),
      }
    if (stored.ref !== ref)
      return {
        ok: false,
        code: 'invalid-file',
        message: t.formatMessage(
          { id: 'errors.import.pictureChanged' },
          { file: name, picture: ref.slice(0, 12) },
        ),
      }
  }
  return { ok: true, workshop: parsed.workshop }
}

/**
 * What Import says about a file it cannot take, in the language of `t`: a problem with the whole
 * file in one sentence, a workshop with bad fields as the lines that name them.
 */
export function describeImportProblem(
  t: Translator,
  name: string,
  problem: WorkshopProblem,
): string {
  const id = isWholeFileProblem(problem)
    ? 'errors.import.wholeFile'
    : 'errors.import.invalidWorkshop'
  return t.formatMessage({ id }, { file: name, problem: describeWorkshopProblem(t, problem) })
}
