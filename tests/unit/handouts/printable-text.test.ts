import { mapStrings, replaceMissingGlyphs } from '@common/handouts/printable-text'

// A face that has ASCII and Latin-1 and Latin Extended-A, like the one the app embeds.
const hasLatin = (codePoint: number) => codePoint <= 0x17f

describe('text for a face that lacks some characters', () => {
  it('keeps what the face can draw, accents included', () => {
    expect(replaceMissingGlyphs('José, Zoë, Łukasz', hasLatin)).toBe('José, Zoë, Łukasz')
  })

  it('falls back to the base letter of an accented character the face lacks', () => {
    expect(replaceMissingGlyphs('Nguyễn ǹ', hasLatin)).toBe('Nguyen n')
  })

  it('prints a question mark for a character with no fallback, once per character', () => {
    expect(replaceMissingGlyphs('日本 ok', hasLatin)).toBe('?? ok')
    expect(replaceMissingGlyphs('hi 😀', hasLatin)).toBe('hi ?')
  })

  it('drops invisible emoji modifiers instead of printing them', () => {
    expect(replaceMissingGlyphs('❤️ 👍🏽', hasLatin)).toBe('? ?')
  })

  it('keeps line breaks and tabs', () => {
    const printableAscii = (codePoint: number) => codePoint >= 0x20 && codePoint < 0x7f
    expect(replaceMissingGlyphs('a\nb\tc', printableAscii)).toBe('a\nb\tc')
  })

  it('maps every string inside nested data and leaves other values alone', () => {
    const data = { title: 'a', list: ['b', { deep: 'c', n: 3, flag: true, none: null }] }
    expect(mapStrings(data, (text) => text.toUpperCase())).toEqual({
      title: 'A',
      list: ['B', { deep: 'C', n: 3, flag: true, none: null }],
    })
  })
})
