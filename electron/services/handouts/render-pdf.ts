import { createRequire } from 'node:module'
import { resolve, sep } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { replaceMissingGlyphs } from '@common/handouts/printable-text'
import { describeHandoutFonts, readGlyphCoverage } from './handout-fonts'

// pdfmake's Node entry is a CommonJS module that exports one instance, which ES imports
// cannot name reliably; requiring it keeps the same code working under vitest, Vite and Electron.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake')

/**
 * A function that makes text printable with the face in `fontsFolder`: characters it lacks are
 * replaced (see `replaceMissingGlyphs`), so any text renders. Apply it before building a document.
 */
export function makePrintable(fontsFolder: string): (text: string) => string {
  const hasGlyph = readGlyphCoverage(fontsFolder)
  return (text) => replaceMissingGlyphs(text, hasGlyph)
}

/**
 * Renders a pdfmake document to PDF bytes with the face in `fontsFolder` embedded. Every
 * printed document (handouts, debriefs) goes through here, so all get the same fonts and the
 * same access rules.
 */
export async function renderPdfDocument(
  document: TDocumentDefinitions,
  fontsFolder: string,
): Promise<Uint8Array> {
  const folder = resolve(fontsFolder) + sep
  // Documents embed nothing but our own fonts: no downloads, no other local files.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(folder))
  pdfmake.setFonts(describeHandoutFonts(fontsFolder))
  const buffer = await pdfmake.createPdf(document).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
