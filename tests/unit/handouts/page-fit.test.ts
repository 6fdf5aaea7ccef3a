import { estimateWrappedHeight } from '@common/handouts/page-fit'

describe('estimating how tall wrapped text prints', () => {
  // 10 pt in 100 pt: twenty letters a line; a line 10 × 1.24 × 1.25 = 15.5 pt tall.
  const line = 10 * 1.24 * 1.25

  it('sets words whole, so long names leave line ends empty', () => {
    // 33 letters: two lines by count, but no two of these words share a line.
    expect(estimateWrappedHeight('Wiśniewskiabcdefgh Brzęczyszczyk', 10, 100)).toBe(2 * line)
    expect(estimateWrappedHeight('Fernándezabcdefghij Villanuevaabcdefghi', 10, 100)).toBe(2 * line)
    expect(estimateWrappedHeight('Öztürk-Løvstad-Jean-Baptiste', 10, 100)).toBe(2 * line)
  })

  it('breaks after hyphens, runs an overlong word over lines and counts paragraphs', () => {
    expect(estimateWrappedHeight('Adebayo-Okonkwo', 10, 100)).toBe(line)
    expect(estimateWrappedHeight('x'.repeat(45), 10, 100)).toBe(3 * line)
    expect(estimateWrappedHeight('Ana\nBen', 10, 100)).toBe(2 * line)
  })

  it('counts bold letters wider', () => {
    // Eighteen letters: one line at half an em each, two at 0.6 (sixteen a line).
    expect(estimateWrappedHeight('Maximiliana Papado', 10, 100)).toBe(line)
    expect(estimateWrappedHeight('Maximiliana Papado', 10, 100, { bold: true })).toBe(2 * line)
  })
})
