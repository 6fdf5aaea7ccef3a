import type { Content } from 'pdfmake/interfaces'
import type { HandoutTheme } from './theme'

/** A worksheet block's writing space, in pieces that may go on separate pages if they must. */
export interface WritingSpace {
  parts: Content[]
  /** A rough height in points, to decide whether the whole block can stay on one page. */
  height: number
}

/** The bold label and optional hint that head every block. */
export function buildBlockHeader(label: string, hint: string | undefined): Content {
  const header: Content[] = [{ text: label, style: 'label' }]
  if (hint !== undefined && hint.trim() !== '') {
    header.push({ text: hint, style: 'hint', margin: [0, 1, 0, 0] })
  }
  return { stack: header, margin: [0, 0, 0, 6] }
}

/** Roughly how tall a block's header prints, for the keep-together decision. */
export function estimateHeaderHeight(
  label: string,
  hint: string | undefined,
  theme: HandoutTheme,
): number {
  const lineOf = (size: number) => size * 1.3
  const linesFor = (text: string, size: number) =>
    Math.max(1, Math.ceil((text.length * size * 0.5) / theme.contentWidth))
  const labelSize = theme.body * 1.05
  let height = linesFor(label, labelSize) * lineOf(labelSize) + 6
  if (hint !== undefined && hint.trim() !== '') {
    height += linesFor(hint, theme.small) * lineOf(theme.small) + 1
  }
  return height
}

/**
 * Puts a header and its writing space together so the label is never left at the foot of a
 * page: the whole block moves to the next page when it fits on one; a block taller than a page
 * keeps its label with the first piece and lets the rest follow.
 */
export function frameBlock(
  label: string,
  hint: string | undefined,
  space: WritingSpace,
  theme: HandoutTheme,
): Content {
  const header = buildBlockHeader(label, hint)
  const total = estimateHeaderHeight(label, hint, theme) + space.height
  const margin: [number, number, number, number] = [0, theme.largePrint ? 16 : 12, 0, 0]
  if (total <= theme.contentHeight * 0.9) {
    return { stack: [header, ...space.parts], unbreakable: true, margin }
  }
  const [first, ...rest] = space.parts
  const head: Content = {
    stack: first === undefined ? [header] : [header, first],
    unbreakable: true,
  }
  return { stack: [head, ...rest], margin }
}
