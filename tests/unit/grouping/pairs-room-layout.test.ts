import { legendLines, pairingLayout } from '@common/domain/grouping/pairing-layout'
import { PEOPLE_PER_PAGE, pageGroups, planPairingPages } from '@common/domain/grouping/round-view'
import { PROMPT_SIZE } from '@common/room/prompt-fit'

describe('the pairing screen’s pages and layout', () => {
  it('holds at most 40 people a page and never splits a group', () => {
    const groups = Array.from({ length: 45 }, (_, index) => (index === 44 ? [1, 2, 3] : [1, 2]))
    const pages = pageGroups(groups)
    expect(pages.map((page) => page.flat().length)).toEqual([40, 40, 11])
    expect(pages.flat()).toHaveLength(45)
    expect(PEOPLE_PER_PAGE).toBe(40)
  })

  it('sets a full page of pairs at or above the prompts’ readable floor', () => {
    const pairs = (count: number, longest: number) =>
      Array.from({ length: count }, () => ({ members: 2, longest, longestWord: longest }))
    const full = pairingLayout(pairs(20, 14))
    expect(full.fits).toBe(true)
    expect(full.size).toBeGreaterThanOrEqual(PROMPT_SIZE.floor)
    expect(full.columns * full.rows).toBeGreaterThanOrEqual(20)
    // A few pairs are set as large as prompts, never larger.
    expect(pairingLayout(pairs(3, 8)).size).toBe(PROMPT_SIZE.largest)
    // Names far longer than a card is wide do not fit forty to a page.
    expect(pairingLayout(pairs(20, 60)).fits).toBe(false)
  })

  it('puts fewer people on a page when long names would fall below the floor', () => {
    const person = (id: number, name: string) => ({ personId: `p${String(id)}`, name, role: null })
    const short = Array.from({ length: 20 }, (_, i) => [
      person(2 * i, 'Ana'),
      person(2 * i + 1, 'Ben'),
    ])
    expect(planPairingPages(short)).toHaveLength(1)
    const long = short.map((group) => group.map((m) => ({ ...m, name: m.name.repeat(14) })))
    const pages = planPairingPages(long)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.every((page) => page.layout.fits)).toBe(true)
  })

  it('counts the role legend’s lines, and gives the cards less height for each one more', () => {
    const legend = ['A Partner A: share both moments', 'B Partner B: now your two moments']
    expect(legendLines([])).toBe(0)
    expect(legendLines(legend)).toBe(1)
    expect(legendLines([...legend, 'Obs Observer'])).toBe(2)
    const pairs = Array.from({ length: 20 }, () => ({ members: 2, longest: 14, longestWord: 9 }))
    expect(pairingLayout(pairs, 3).size).toBeLessThan(pairingLayout(pairs, 1).size)
  })

  it('keeps the words of names whole where any layout allows it', () => {
    const trio = { members: 3, longest: 15, longestWord: 6 }
    const thirteen = [trio, ...Array.from({ length: 5 }, () => ({ ...trio, members: 2 }))]
    const layout = pairingLayout(thirteen, 2)
    expect(layout.fits).toBe(true)
    expect(layout.size).toBeGreaterThanOrEqual(PROMPT_SIZE.floor)
    // Trios of 15-letter names, one word each, leave no line wide enough in two columns.
    const words = Array.from({ length: 4 }, () => ({ members: 3, longest: 15, longestWord: 15 }))
    expect(pairingLayout(words, 1).columns).toBe(1)
  })
})
