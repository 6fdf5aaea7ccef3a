import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { create, type Font } from 'fontkit'
import {
  FALLBACK_FONT_FILES,
  HANDOUT_FONT_FILES,
  readGlyphCoverage,
} from '../../../electron/services/handouts/handout-fonts'
import { resourcesDir } from '../../support/paths'

const fontsFolder = join(resourcesDir, 'fonts')

function faces(files: typeof HANDOUT_FONT_FILES): Font[] {
  return Object.values(files).map((file) => create(readFileSync(join(fontsFolder, file))) as Font)
}

describe('readGlyphCoverage', () => {
  it('answers as the fonts do, the first time and when it answers from what it kept', () => {
    const coverage = readGlyphCoverage(fontsFolder)
    const handout = faces(HANDOUT_FONT_FILES)
    const fallback = faces(FALLBACK_FONT_FILES)
    const drawnByAll = (fonts: Font[], codePoint: number) =>
      fonts.every((font) => font.hasGlyphForCodePoint(codePoint))
    // Latin, Greek and Cyrillic (drawn by one face or both), the rest of the plane, and beyond it.
    const codePoint = fc.oneof(
      fc.integer({ min: 0x20, max: 0x52f }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0x10000, max: 0x10ffff }),
    )
    let drawn = 0
    fc.assert(
      fc.property(codePoint, (point) => {
        for (let ask = 0; ask < 2; ask += 1) {
          expect(coverage.hasGlyph(point)).toBe(drawnByAll(handout, point))
          expect(coverage.hasFallbackGlyph(point)).toBe(drawnByAll(fallback, point))
        }
        if (drawnByAll(handout, point)) drawn += 1
      }),
      { numRuns: 600 },
    )
    // Both answers were seen, so a coverage stuck on either would have failed.
    expect(drawn).toBeGreaterThan(20)
    expect(coverage.hasGlyph(0x1f600)).toBe(false)
  })
})
