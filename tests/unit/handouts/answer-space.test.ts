import { describe, expect, it } from 'vitest'
import { answerLines, defaultAnswer, sizeAnswerSpace } from '@common/handouts/answer-space'
import { createTheme } from '@common/handouts/theme'

const normal = createTheme({ paper: 'a4', largePrint: false })
const large = createTheme({ paper: 'a4', largePrint: true })

describe('answer space from the expected answer', () => {
  it('gives a word or a line one line, a sentence two, a paragraph six, a list one per item', () => {
    expect(answerLines('word')).toBe(1)
    expect(answerLines('line')).toBe(1)
    expect(answerLines('sentence')).toBe(2)
    expect(answerLines('paragraph')).toBe(6)
    expect(answerLines('list', 5)).toBe(5)
    expect(answerLines('list', 0)).toBe(1)
  })

  it('sizes a lines block from its answer, and a list from its count of items', () => {
    const block = { kind: 'lines', label: 'Q', lines: 4 } as const
    expect(sizeAnswerSpace({ ...block, answer: 'sentence' }, normal)).toEqual({
      kind: 'lines',
      lines: 2,
    })
    expect(sizeAnswerSpace({ ...block, answer: 'list' }, normal)).toEqual({
      kind: 'lines',
      lines: 4,
    })
    expect(sizeAnswerSpace(block, normal)).toEqual({ kind: 'lines', lines: 4 })
  })

  it('keeps a drawing the same size on paper in large print', () => {
    const block = { kind: 'box', label: 'Draw', size: 'small', answer: 'drawing' } as const
    expect(sizeAnswerSpace(block, large)).toEqual(sizeAnswerSpace(block, normal))
    expect(sizeAnswerSpace({ ...block, answer: undefined, size: 'large' }, large)).toEqual(
      sizeAnswerSpace(block, normal),
    )
  })

  it('makes a box sized by a sentence hold two handwriting lines, taller in large print', () => {
    const block = { kind: 'box', label: 'Q', size: 'large', answer: 'sentence' } as const
    const small = sizeAnswerSpace(block, normal)
    const big = sizeAnswerSpace(block, large)
    expect(small).toEqual({ kind: 'box', height: 2.5 * normal.lineGap })
    expect(big.kind === 'box' && small.kind === 'box' && big.height > small.height).toBe(true)
  })

  it('reads an answer from the block kind when the file says none', () => {
    expect(defaultAnswer({ kind: 'lines', label: 'Q', lines: 1 })).toBe('line')
    expect(defaultAnswer({ kind: 'lines', label: 'Q', lines: 2 })).toBe('sentence')
    expect(defaultAnswer({ kind: 'lines', label: 'Q', lines: 5 })).toBe('list')
    expect(defaultAnswer({ kind: 'box', label: 'Q', size: 'large' })).toBe('drawing')
    expect(defaultAnswer({ kind: 'box', label: 'Q', size: 'small' })).toBe('paragraph')
  })
})
