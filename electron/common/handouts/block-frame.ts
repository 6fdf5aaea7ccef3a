import type { Content } from 'pdfmake/interfaces'
import { estimateTextHeight, fitsOnOnePage } from './page-fit'
import type { HandoutTheme } from './theme'
import { say } from './wording'

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
   * For a table: its rows in tables of at most a page each, the first under `header(false)`,
   * the others under `header(true)` (the label marked "(continued)") and the column heads
   * again, so a table that must run on never looks like two tables.
   */
  inChunks?: (
    header: (continued: boolean) => Content,
    headerHeight: (continued: boolean) => number,
  ) => Content[]
  /** True for a drawing in pieces that reads as one (a timeline): kept whole when it fits. */
  keepWhole?: boolean
  /** For a table: how much of `height` is estimated text (its heads); the rest is exact. */
  textHeight?: number
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
 * page. Tables, grids and drawings are kept whole whenever they fit on a page (a table that
 * cannot runs on in chunks, each under its label marked "(continued)"); ruled lines and lists
 * move whole when small, and otherwise start where they are and break, the label kept with the
 * first piece. Nothing taller than a page is ever made unbreakable, because pdfmake would drop
 * all of it but its first page.
 */
export function frameBlock(
  label: string,
  hint: string | undefined,
  space: WritingSpace,
  theme: HandoutTheme,
): Content {
  const header = buildBlockHeader(label, hint)
  const headerHeight = estimateHeaderHeight(label, hint, theme)
  const margin: [number, number, number, number] = [0, theme.largePrint ? 13 : 10, 0, 0]
  const drawn = (height: number) =>
    space.isDrawn === true ? height : height - Math.min(height, space.textHeight ?? height)
  const text = (height: number) =>
    space.isDrawn === true ? 0 : Math.min(height, space.textHeight ?? height)
  const fitsWhole = fitsOnOnePage(headerHeight + text(space.height), theme, drawn(space.height))
  const isSmall = headerHeight + space.height <= theme.contentHeight / 3
  const keepsWhole = space.keepWhole === true || isSmall
  if (fitsWhole && (keepsWhole || space.inChunks !== undefined || space.parts.length < 2)) {
    return { stack: [header, ...space.parts], unbreakable: true, margin }
  }
  if (space.inChunks !== undefined) {
    const continuedLabel = say(theme.intl, 'print.continued', { label })
    const chunks = space.inChunks(
      (continued) =>
        buildBlockHeader(continued ? continuedLabel : label, continued ? undefined : hint),
      (continued) =>
        continued ? estimateHeaderHeight(continuedLabel, undefined, theme) : headerHeight,
    )
    return { stack: chunks, margin }
  }
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
