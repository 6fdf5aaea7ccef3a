import { createRequire } from 'node:module'
import { resolve, sep } from 'node:path'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { applyFallbackFont } from '@common/handouts/fallback-font'
import { replaceMissingGlyphs } from '@common/handouts/printable-text'
import { FALLBACK_FONT } from '@common/handouts/theme'
import { describeHandoutFonts, readGlyphCoverage } from './handout-fonts'
import { shareWordLayoutsAcrossDocuments } from './word-layouts'

type PdfMake = typeof import('pdfmake')
let pdfmakeLoaded: PdfMake | undefined

/**
 * pdfmake, loaded at the first document rather than at start: loading it takes about 80 ms,
 * which the app's start need not wait for. Its Node entry is a CommonJS module that exports one
 * instance, which ES imports cannot name reliably; requiring it keeps the same code working under
 * vitest, Vite and Electron.
 */
function loadPdfmake(): PdfMake {
  if (pdfmakeLoaded === undefined) {
    pdfmakeLoaded = createRequire(import.meta.url)('pdfmake') as PdfMake
    shareWordLayoutsAcrossDocuments()
  }
  return pdfmakeLoaded
}

/**
 * A function that makes text printable with the faces in `fontsFolder`: characters neither the
 * handout face nor the fallback face has are replaced (see `replaceMissingGlyphs`), so any text
 * renders. Apply it before building a document; {@link renderPdfDocument} then sets the words the
 * handout face lacks in the fallback face.
 */
export function makePrintable(fontsFolder: string): (text: string) => string {
  const { hasGlyph, hasFallbackGlyph } = readGlyphCoverage(fontsFolder)
  return (text) =>
    replaceMissingGlyphs(text, (codePoint) => hasGlyph(codePoint) || hasFallbackGlyph(codePoint))
}

/**
 * Renders a pdfmake document to PDF bytes with the faces in `fontsFolder` embedded, each word the
 * handout face cannot draw set in the fallback face. Every printed document (handouts, debriefs)
 * goes through here, so all get the same fonts and the same access rules.
 */
export async function renderPdfDocument(
  document: TDocumentDefinitions,
  fontsFolder: string,
): Promise<Uint8Array> {
  const pdfmake = loadPdfmake()
  const folder = resolve(fontsFolder) + sep
  // Documents embed nothing but our own fonts: no downloads, no other local files.
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(folder))
  pdfmake.setFonts(describeHandoutFonts(fontsFolder))
  const { hasGlyph, hasFallbackGlyph } = readGlyphCoverage(fontsFolder)
  const needsFallback = (codePoint: number) => !hasGlyph(codePoint) && hasFallbackGlyph(codePoint)
  const printed = applyFallbackFont(document, needsFallback, FALLBACK_FONT)
  const buffer = await pdfmake.createPdf(printed).getBuffer()
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
