import { createRequire } from 'node:module'

/**
 * pdfkit shapes each word of an embedded font once per document and keeps the result in the
 * font's `layoutCache` (word → glyphs and positions). A new document starts with an empty cache,
 * so every export shaped the same words again: about a third of a pack's time. The shaping of a
 * word depends only on the font file, so one cache per font file can serve every document.
 *
 * pdfkit reads from the cached runs and never changes them (it copies a run before adding word
 * spacing), which already holds within one document, where a word is reused on every page.
 */

interface PdfKitFont {
  /** pdfkit's cache of shaped words; absent for the standard PDF fonts, which are not shaped. */
  layoutCache?: Record<string, unknown>
}

interface PdfMakeDocument {
  fonts: Record<string, Record<string, unknown>>
  getFontType(bold: boolean, italics: boolean): string
  provideFont: (
    this: PdfMakeDocument,
    familyName: string,
    bold: boolean,
    italics: boolean,
  ) => PdfKitFont
}

/** Past this many words a cache starts again, so odd text (random tests, huge imports) cannot
 * grow it without end. The built-in workshop's documents use about 2,000 per face. */
const MAX_WORDS_PER_FONT = 20_000

const cachesByFontFile = new Map<string, Record<string, unknown>>()
/** The fonts already given a shared cache: pdfmake asks for a font once per piece of text. */
const sharing = new WeakSet<PdfKitFont>()
let installed = false

function sharedCacheFor(fontFile: string): Record<string, unknown> {
  let cache = cachesByFontFile.get(fontFile)
  if (cache === undefined || Object.keys(cache).length > MAX_WORDS_PER_FONT) {
    cache = Object.create(null) as Record<string, unknown>
    cachesByFontFile.set(fontFile, cache)
  }
  return cache
}

/**
 * Makes every pdfmake document share its fonts' shaped words with the documents before it,
 * keyed by the font file. pdfmake asks its document for a font through `provideFont`, for each
 * piece of text, and the first time for each face of a document is where the cache is handed over.
 */
export function shareWordLayoutsAcrossDocuments(): void {
  if (installed) return
  installed = true
  const require = createRequire(import.meta.url)
  const { default: PdfMakeDocument } = require('pdfmake/js/PDFDocument') as {
    default: { prototype: PdfMakeDocument }
  }
  const provideFont = PdfMakeDocument.prototype.provideFont
  PdfMakeDocument.prototype.provideFont = function (familyName, bold, italics) {
    const font = provideFont.call(this, familyName, bold, italics)
    const file = this.fonts[familyName]?.[this.getFontType(bold, italics)]
    if (!sharing.has(font) && font.layoutCache !== undefined && typeof file === 'string') {
      font.layoutCache = sharedCacheFor(file)
      sharing.add(font)
    }
    return font
  }
}
