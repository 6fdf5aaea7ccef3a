import { pairingLayout } from '@common/domain/grouping/pairing-layout'
import { PEOPLE_PER_PAGE, pageGroups } from '@common/domain/grouping/round-view'
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
    const full = pairingLayout(20, 2, 12)
    expect(full.size).toBeGreaterThanOrEqual(PROMPT_SIZE.floor)
    expect(full.columns * full.rows).toBeGreaterThanOrEqual(20)
    // A few pairs are set as large as prompts, never larger.
    expect(pairingLayout(3, 2, 8).size).toBe(PROMPT_SIZE.largest)
  })
})
