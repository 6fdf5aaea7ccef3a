import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { create } from 'fontkit'
import type { TFontDictionary } from 'pdfmake/interfaces'
import { FALLBACK_FONT, HANDOUT_FONT } from '@common/handouts/theme'

interface FontFiles {
  normal: string
  bold: string
  italics: string
  bolditalics: string
}

/** The embedded face, as files under `resources/fonts`. */
export const HANDOUT_FONT_FILES: FontFiles = {
  normal: 'AtkinsonHyperlegible-Regular.ttf',
  bold: 'AtkinsonHyperlegible-Bold.ttf',
  italics: 'AtkinsonHyperlegible-Italic.ttf',
  bolditalics: 'AtkinsonHyperlegible-BoldItalic.ttf',
}

/** The face for words the handout face lacks: Roboto, which covers Greek and Cyrillic. */
export const FALLBACK_FONT_FILES: FontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
}

function inFolder(fontsFolder: string, files: FontFiles): FontFiles {
  return {
    normal: join(fontsFolder, files.normal),
    bold: join(fontsFolder, files.bold),
    italics: join(fontsFolder, files.italics),
    bolditalics: join(fontsFolder, files.bolditalics),
  }
}

/** The font dictionary pdfmake embeds from, built fresh each time because pdfmake edits it. */
export function describeHandoutFonts(fontsFolder: string): TFontDictionary {
  return {
    [HANDOUT_FONT]: inFolder(fontsFolder, HANDOUT_FONT_FILES),
    [FALLBACK_FONT]: inFolder(fontsFolder, FALLBACK_FONT_FILES),
  }
}

/** Which characters each face can draw. */
export interface GlyphCoverage {
  /** The handout face. */
  hasGlyph: (codePoint: number) => boolean
  /** The fallback face. */
  hasFallbackGlyph: (codePoint: number) => boolean
}

/**
 * Which characters every style of a face can draw. A character counts only when all four styles
 * have it, so a bold heading never drops a glyph that body text keeps.
 */
function readFaceCoverage(fontsFolder: string, files: FontFiles): (codePoint: number) => boolean {
  const fonts = [files.normal, files.bold, files.italics, files.bolditalics].map((file) => {
    const font = create(readFileSync(join(fontsFolder, file)))
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection`)
    return font
  })
  // Every export asks about every character of the workshop, twice; fontkit answers from the
  // font's tables each time. The answers for the Basic Multilingual Plane are kept (64 KB a face:
  // 0 not asked yet, 1 drawn, 2 not drawn); rarer characters are asked afresh.
  const known = new Uint8Array(0x10000)
  const ask = (codePoint: number) => fonts.every((font) => font.hasGlyphForCodePoint(codePoint))
  return (codePoint) => {
    if (codePoint < 0 || codePoint >= known.length) return ask(codePoint)
    if (known[codePoint] === 0) known[codePoint] = ask(codePoint) ? 1 : 2
    return known[codePoint] === 1
  }
}

const coverageByFolder = new Map<string, GlyphCoverage>()

/** The coverage of both faces, read once per folder: the fonts do not change while the app runs. */
export function readGlyphCoverage(fontsFolder: string): GlyphCoverage {
  const known = coverageByFolder.get(fontsFolder)
  if (known !== undefined) return known
  const coverage = {
    hasGlyph: readFaceCoverage(fontsFolder, HANDOUT_FONT_FILES),
    hasFallbackGlyph: readFaceCoverage(fontsFolder, FALLBACK_FONT_FILES),
  }
  coverageByFolder.set(fontsFolder, coverage)
  return coverage
}
