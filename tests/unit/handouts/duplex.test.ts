import { planNotesPages } from '@common/handouts/duplex'

describe('Notes pages for double-sided printing', () => {
  it('adds one before each exercise that would start on a left-hand page', () => {
    expect(planNotesPages([3, 5, 7])).toEqual([])
    expect(planNotesPages([4])).toEqual([0])
  })

  it('counts the pages it adds, so later exercises are judged where they will land', () => {
    // Straight through: 3, 4, 6, 9. Notes before the second puts it on 5 and the third on 7;
    // the fourth moves from 9 to 10, so it needs one too.
    expect(planNotesPages([3, 4, 6, 9])).toEqual([1, 3])
  })
})
