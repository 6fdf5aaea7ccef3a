import type { Content } from 'pdfmake/interfaces'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'

/** A worksheet block's writing space, in pieces that may go on separate pages if they must. */
export interface WritingSpace {
  parts: Content[]
  /** A generous height in points, to decide whether the whole block can stay on one page. */
  height: number
  /** A generous height of the first piece, which the label keeps with it. */
  firstHeight: number
  /** Drawn pieces have exact heights and may fill more of a page than estimated text. */
  isDrawn?: boolean
  /**
   * For a table too tall for one page: the table with the label as a header row, so the label
   * stays with the first rows and is repeated on every page the table runs onto.
   */
  withLabelRow?: (header: Content) => Content
}

/** The bold label and optional hint that head every block. */
export function buildBlockHeader(label: string, hint: string | undefined): Content {
  const header: Content[] = [{ text: label, style: 'label' }]
  if (hint !== undefined && hint.trim() !== '') {
    header.push({ text: hint, style: 'hint', margin: [0, 1, 0, 0] })
  }
  return { stack: header, margin: [0, 0, 0, 6] }
}

/** A generous guess at how tall a block's header prints, for the keep-together decision. */
export function estimateHeaderHeight(
  label: string,
  hint: string | undefined,
  theme: HandoutTheme,
): number {
  let height = estimateTextHeight(label, theme.body * 1.05, theme.contentWidth, 1.3) + 6
  if (hint !== undefined && hint.trim() !== '') {
    height += estimateTextHeight(hint, theme.small, theme.contentWidth, 1.3) + 1
  }
  return height
}

/**
 * Puts a header and its writing space together so the label is never left at the foot of a
 * page: the whole block moves to the next page when it surely fits on one; a taller block keeps
 * its label with the first piece and lets the rest follow. Nothing taller than a page is ever
 * made unbreakable, because pdfmake would drop all of it but its first page.
 */
export function frameBlock(
  label: string,
  hint: string | undefined,
  space: WritingSpace,
  theme: HandoutTheme,
): Content {
  const header = buildBlockHeader(label, hint)
  const headerHeight = estimateHeaderHeight(label, hint, theme)
  const margin: [number, number, number, number] = [0, theme.largePrint ? 16 : 12, 0, 0]
  const drawn = (height: number) => (space.isDrawn === true ? height : 0)
  const text = (height: number) => (space.isDrawn === true ? 0 : height)
  // Only a small block moves whole to the next page: moving a big one would leave much of a
  // page empty, so a big one starts where it is and breaks, its label kept with its start.
  const isSmall = headerHeight + space.height <= theme.contentHeight / 3
  const canBreak = space.parts.length > 1 || space.withLabelRow !== undefined
  if (
    (isSmall || !canBreak) &&
    fitsOnOnePage(headerHeight + text(space.height), theme, drawn(space.height))
  ) {
    return { stack: [header, ...space.parts], unbreakable: true, margin }
  }
  if (space.withLabelRow !== undefined) return { stack: [space.withLabelRow(header)], margin }
  const [first, ...rest] = space.parts
  if (first === undefined) return { stack: [header], margin }
  const firstFits = fitsOnOnePage(
    headerHeight + text(space.firstHeight),
    theme,
    drawn(space.firstHeight),
  )
  const head: Content = { stack: [header, first], unbreakable: firstFits }
  return { stack: [head, ...rest], margin }
}
