import type { WorksheetBlock } from '../domain/workshop/schema'
import type { HandoutTheme } from './theme'

/** How long an answer the question expects, from one word to a drawing. */
export type AnswerLength = NonNullable<Extract<WorksheetBlock, { kind: 'lines' }>['answer']>

/**
 * Handwriting lines for an expected answer. A word or a short line fits one; a sentence of
 * handwriting runs to about two lines at 9 mm; a paragraph (four or five sentences) to six; a
 * list takes a line per item. A drawing is not lines: see {@link drawingHeight}.
 */
export function answerLines(answer: Exclude<AnswerLength, 'drawing'>, items = 3): number {
  switch (answer) {
    case 'word':
    case 'line':
      return 1
    case 'sentence':
      return 2
    case 'paragraph':
      return 6
    case 'list':
      return Math.max(1, Math.round(items))
  }
}

/**
 * The height of a space to draw in: the same on paper in normal and large print (a drawing does
 * not grow with the type), about a third of an A4 page (88 mm).
 */
export function drawingHeight(): number {
  return 250
}

/**
 * The writing space a block needs, in points, from its expected answer: `lines` ruled lines or
 * a box `height` high. A block without `answer` keeps the default its kind implies: a `lines`
 * block its own count, a `box` its size.
 */
export function sizeAnswerSpace(
  block: Extract<WorksheetBlock, { kind: 'lines' | 'box' }>,
  theme: Pick<HandoutTheme, 'lineGap' | 'boxHeights'>,
): { kind: 'lines'; lines: number } | { kind: 'box'; height: number } {
  const answer = block.answer ?? defaultAnswer(block)
  if (answer === 'drawing') return { kind: 'box', height: drawingHeight() }
  if (block.kind === 'box' && block.answer === undefined) {
    return { kind: 'box', height: theme.boxHeights[block.size] }
  }
  const lines =
    block.kind === 'lines' && block.answer === undefined
      ? block.lines
      : answerLines(answer, block.kind === 'lines' ? block.lines : 3)
  // A box sized by its answer holds the same handwriting as the lines would, plus a margin
  // inside the frame.
  return block.kind === 'box'
    ? { kind: 'box', height: lines * theme.lineGap + theme.lineGap / 2 }
    : { kind: 'lines', lines }
}

/** The answer a block's kind implies when the file does not say. */
export function defaultAnswer(
  block: Extract<WorksheetBlock, { kind: 'lines' | 'box' }>,
): AnswerLength {
  if (block.kind === 'box') return block.size === 'large' ? 'drawing' : 'paragraph'
  return block.lines <= 1 ? 'line' : block.lines === 2 ? 'sentence' : 'list'
}
