import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { create } from 'fontkit'
import type { TFontDictionary } from 'pdfmake/interfaces'
import { HANDOUT_FONT } from '@common/handouts/theme'

/** The embedded face, as files under `resources/fonts`. */
export const HANDOUT_FONT_FILES = {
  normal: 'AtkinsonHyperlegible-Regular.ttf',
  bold: 'AtkinsonHyperlegible-Bold.ttf',
  italics: 'AtkinsonHyperlegible-Italic.ttf',
  bolditalics: 'AtkinsonHyperlegible-BoldItalic.ttf',
} as const

/** The font dictionary pdfmake embeds from, built fresh each time because pdfmake edits it. */
export function describeHandoutFonts(fontsFolder: string): TFontDictionary {
  return {
    [HANDOUT_FONT]: {
      normal: join(fontsFolder, HANDOUT_FONT_FILES.normal),
      bold: join(fontsFolder, HANDOUT_FONT_FILES.bold),
      italics: join(fontsFolder, HANDOUT_FONT_FILES.italics),
      bolditalics: join(fontsFolder, HANDOUT_FONT_FILES.bolditalics),
    },
  }
}

const coverageByFolder = new Map<string, (codePoint: number) => boolean>()

/**
 * Which characters every style of the face can draw. A character counts only when all four
 * styles have it, so a bold heading never drops a glyph that body text keeps. Read once per
 * folder: the fonts do not change while the app runs.
 */
export function readGlyphCoverage(fontsFolder: string): (codePoint: number) => boolean {
  const known = coverageByFolder.get(fontsFolder)
  if (known !== undefined) return known
  const fonts = Object.values(HANDOUT_FONT_FILES).map((file) => {
    const font = create(readFileSync(join(fontsFolder, file)))
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection`)
    return font
  })
  const hasGlyph = (codePoint: number) =>
    fonts.every((font) => font.hasGlyphForCodePoint(codePoint))
  coverageByFolder.set(fontsFolder, hasGlyph)
  return hasGlyph
}
