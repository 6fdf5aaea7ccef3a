import type { Content } from 'pdfmake/interfaces'
import type { HandoutTheme } from './theme'

/**
 * The share of a page that estimated text kept together may fill. pdfmake prints only the first
 * page of an `unbreakable` block and drops the rest without a word, so only pieces that surely
 * fit are kept together; the margin absorbs what the rough text estimates below get wrong.
 */
const SAFE_SHARE = 0.6

/**
 * How tall pdfmake sets a line of the handout font, in ems, before the style's line height:
 * Atkinson Hyperlegible's ascent to descent (Roboto, the fallback, is shorter).
 */
const FONT_LINE = 1.24

/**
 * A generous guess at a text's height in points when wrapped to `width`: wide letters and the
 * room lost at line ends are counted high, so a guess errs towards "too tall to keep together".
 */
export function estimateTextHeight(
  text: string,
  fontSize: number,
  width: number,
  lineHeight = 1.25,
): number {
  const charsPerLine = Math.max(1, Math.floor(width / (fontSize * 0.6)))
  const lines = text
    .split('\n')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / charsPerLine)), 0)
  return lines * fontSize * lineHeight
}

/**
 * A guess at a text's height in points where counting characters falls short: in a narrow
 * column or large type, long words (hyphenated names) leave much of a line empty where they
 * wrap. Words are set greedily, broken after spaces and hyphens as pdfmake breaks them; a letter
 * counts half its size wide, a bold one 0.6, a little over the fonts' average, and a line as
 * tall as the handout font sets it. Closer than {@link estimateTextHeight}, so only for pieces
 * that may still break if it is wrong.
 */
export function estimateWrappedHeight(
  text: string,
  fontSize: number,
  width: number,
  shape: { lineHeight?: number; bold?: boolean } = {},
): number {
  const charsPerLine = Math.max(
    1,
    Math.floor(width / (fontSize * (shape.bold === true ? 0.6 : 0.5))),
  )
  let lines = 0
  for (const paragraph of text.split('\n')) {
    lines += 1
    let used = 0
    for (const piece of paragraph.split(/(?<=[\s-])/)) {
      const length = piece.trimEnd().length
      if (used > 0 && used + length > charsPerLine) {
        lines += 1
        used = 0
      }
      // A word longer than a line runs over as many lines as it needs.
      const over = Math.max(0, Math.ceil(length / charsPerLine) - 1)
      lines += over
      used = over > 0 ? length - over * charsPerLine : used + piece.length
    }
  }
  return lines * fontSize * FONT_LINE * (shape.lineHeight ?? 1.25)
}

/**
 * True when a piece can be kept on one page without any risk of losing it: `textHeight` is an
 * estimate and gets a wide margin, `drawnHeight` (rules, boxes, drawings) is exact.
 */
export function fitsOnOnePage(textHeight: number, theme: HandoutTheme, drawnHeight = 0): boolean {
  return drawnHeight + textHeight / SAFE_SHARE <= theme.contentHeight * 0.95
}

/**
 * The most drawn height that surely fits on one page beside `textHeight` of estimated text: the
 * inverse of {@link fitsOnOnePage}, for sizing a drawing to stay on a page with its label.
 */
export function roomForDrawing(textHeight: number, theme: HandoutTheme): number {
  return theme.contentHeight * 0.95 - textHeight / SAFE_SHARE
}

/**
 * Keeps `parts` on one page when their estimated height surely fits; otherwise lets them break
 * across pages, because an unbreakable piece taller than a page would be lost.
 */
export function keepTogether(
  parts: Content[],
  textHeight: number,
  theme: HandoutTheme,
  drawnHeight = 0,
): Content {
  return fitsOnOnePage(textHeight, theme, drawnHeight)
    ? { stack: parts, unbreakable: true }
    : { stack: parts }
}
