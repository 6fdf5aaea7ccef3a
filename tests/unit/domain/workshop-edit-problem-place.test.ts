import { describeProblemPlace } from '@common/domain/workshop/edit/problem-place'
import { blankWorkshop } from '@common/domain/workshop/blank'

const workshop = blankWorkshop('Mine')

describe('describeProblemPlace', () => {
  it('names the item by title, then the phase, block or line, then the field', () => {
    expect(describeProblemPlace(workshop, 'exercises[0].phases[0].minutes')).toEqual({
      itemIndex: 0,
      words: '“First exercise” › phase 1 › minutes',
    })
    expect(
      describeProblemPlace(workshop, 'exercises[0].worksheet.blocks[1].columns[2]').words,
    ).toBe('“First exercise” › worksheet block 2 › columns › line 3')
    expect(describeProblemPlace(workshop, 'exercises[0].phases[1].image.alt').words).toBe(
      '“First exercise” › phase 2 › picture › description (alt text)',
    )
  })

  it('keeps workshop fields on the workshop, and an unknown item by number', () => {
    expect(describeProblemPlace(workshop, 'plannedStart')).toEqual({
      itemIndex: null,
      words: 'planned start',
    })
    expect(describeProblemPlace(workshop, '').words).toBe('the workshop')
    expect(describeProblemPlace(workshop, 'exercises[4].title').words).toBe('item 5 › title')
  })
})
