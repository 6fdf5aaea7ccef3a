import { createRequire } from 'node:module'
import { resolve, sep } from 'node:path'
import type { Result } from '@common/api/result'
import { buildHandoutDocument } from '@common/handouts/build-handout'
import type { HandoutOptions } from '@common/handouts/options'
import { mapStrings, replaceMissingGlyphs } from '@common/handouts/printable-text'
import type { Workshop } from '@common/domain/workshop/schema'
import { describeHandoutFonts, readGlyphCoverage } from './handout-fonts'

// pdfmake's Node entry is a CommonJS module that exports one instance, which ES imports
// cannot name reliably; requiring it keeps the same code working under vitest, Vite and Electron.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake')

/**
 * Renders a handout to PDF bytes with the face in `fontsFolder` embedded. Text the face cannot
 * draw is replaced first (see `replaceMissingGlyphs`), so any workshop renders. Returns
 * `not-found` when an exercise handout names an exercise the workshop lacks.
 */
export async function renderHandoutPdf(
  workshop: Workshop,
  options: HandoutOptions,
  fontsFolder: string,
): Promise<Result<Uint8Array>> {
  const hasGlyph = readGlyphCoverage(fontsFolder)
  const printable = (text: string) => replaceMissingGlyphs(text, hasGlyph)
  const built = buildHandoutDocument(mapStrings(workshop, printable), {
    ...options,
    date: options.date === undefined ? undefined : printable(options.date),
    facilitator: options.facilitator === undefined ? undefined : printable(options.facilitator),
    place: options.place === undefined ? undefined : printable(options.place),
  })
  if (!built.ok) return built
  const folder = resolve(fontsFolder) + sep
  // Handouts embed nothing but our own fonts: no downloads, no other local files.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(folder))
  pdfmake.setFonts(describeHandoutFonts(fontsFolder))
  const buffer = await pdfmake.createPdf(built.value).getBuffer()
  return { ok: true, value: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
}
