import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { applyFallbackFont, splitByFace } from '@common/handouts/fallback-font'

// Stands in for "the handout face lacks it, the fallback face has it": Greek and Cyrillic.
const isGreekOrCyrillic = (codePoint: number) => codePoint >= 0x370 && codePoint <= 0x4ff
const fallback = (text: string) => ({ text, font: 'Fallback' })

describe('splitting text by face', () => {
  it('leaves text the handout face can draw as it is', () => {
    expect(splitByFace('José, Zoë and Łukasz', isGreekOrCyrillic, 'Fallback')).toBe(
      'José, Zoë and Łukasz',
    )
  })

  it('switches whole words, with the spaces after them, and joins neighbouring ones', () => {
    expect(
      splitByFace('Met Γιώργος and Жанна Петрова today', isGreekOrCyrillic, 'Fallback'),
    ).toEqual(['Met ', fallback('Γιώργος '), 'and ', fallback('Жанна Петрова '), 'today'])
  })

  it('switches a word that mixes scripts as one word', () => {
    expect(splitByFace('(Αθήνα)', isGreekOrCyrillic, 'Fallback')).toEqual([fallback('(Αθήνα)')])
  })
})

describe('a document with the fallback face applied', () => {
  const document = {
    content: [
      'Plain',
      'Σοφία',
      { text: 'Title Ωμέγα', style: 'h1' },
      { text: ['Pairs: ', { text: 'Жанна', bold: true }] },
      { stack: [{ columns: ['Ё', 'ok'] }], margin: [0, 1, 0, 0] },
      { table: { widths: ['*'], body: [['Δ', { text: 'ok' }]] } },
      { ul: ['Юрий'], ol: ['one'] },
    ],
    footer: (page: number) => ({ text: `Πάνος, page ${String(page)}` }),
    styles: { h1: { fontSize: 20 } },
  } as unknown as TDocumentDefinitions

  it('sets the foreign words in content, tables, lists and footers, and keeps the rest', () => {
    const before = JSON.stringify(document)
    const result = applyFallbackFont(document, isGreekOrCyrillic, 'Fallback')
    const expected: unknown[] = [
      'Plain',
      { text: [fallback('Σοφία')] },
      { text: ['Title ', fallback('Ωμέγα')], style: 'h1' },
      { text: ['Pairs: ', { text: [fallback('Жанна')], bold: true }] },
      { stack: [{ columns: [{ text: [fallback('Ё')] }, 'ok'] }], margin: [0, 1, 0, 0] },
      { table: { widths: ['*'], body: [[{ text: [fallback('Δ')] }, { text: 'ok' }]] } },
      { ul: [{ text: [fallback('Юрий')] }], ol: ['one'] },
    ]
    expect(result.content).toEqual(expected)
    const footer = result.footer as (page: number) => unknown
    expect(footer(3)).toEqual({ text: [fallback('Πάνος, '), 'page 3'] })
    expect(result.styles).toBe(document.styles)
    expect(JSON.stringify(document)).toBe(before)
  })
})
