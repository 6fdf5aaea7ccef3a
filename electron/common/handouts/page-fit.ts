import type { Content } from 'pdfmake/interfaces'
import type { HandoutTheme } from './theme'

/**
 * The share of a page that estimated text kept together may fill. pdfmake prints only the first
 * page of an `unbreakable` block and drops the rest without a word, so only pieces that surely
 * fit are kept together; the margin absorbs what the rough text estimates below get wrong.
 */
const SAFE_SHARE = 0.6

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
