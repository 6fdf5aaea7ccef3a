import { describeProblemPlace } from '@common/domain/workshop/edit/problem-place'
import { blankWorkshop } from '@common/domain/workshop/blank'

const workshop = blankWorkshop('Mine')

describe('describeProblemPlace', () => {
  it('names the item by title, then the phase, block or line, then the field', () => {
    expect(describeProblemPlace(workshop, 'exercises[0].phases[0].minutes')).toEqual({
      itemIndex: 0,
      steps: [
        { kind: 'item', title: 'First exercise' },
        { kind: 'phase', number: 1 },
        { kind: 'field', field: 'minutes' },
      ],
    })
    expect(
      describeProblemPlace(workshop, 'exercises[0].worksheet.blocks[1].columns[2]').steps,
    ).toEqual([
      { kind: 'item', title: 'First exercise' },
      { kind: 'block', number: 2 },
      { kind: 'field', field: 'columns' },
      { kind: 'line', number: 3 },
    ])
    expect(describeProblemPlace(workshop, 'exercises[0].phases[1].image.alt').steps).toEqual([
      { kind: 'item', title: 'First exercise' },
      { kind: 'phase', number: 2 },
      { kind: 'field', field: 'image' },
      { kind: 'field', field: 'alt' },
    ])
  })

  it('keeps workshop fields on the workshop, and an unknown item by number', () => {
    expect(describeProblemPlace(workshop, 'plannedStart')).toEqual({
      itemIndex: null,
      steps: [{ kind: 'field', field: 'plannedStart' }],
    })
    expect(describeProblemPlace(workshop, 'focusAreas[1].title').steps).toEqual([
      { kind: 'focusArea', number: 2 },
      { kind: 'field', field: 'title' },
    ])
    expect(describeProblemPlace(workshop, '').steps).toEqual([])
    expect(describeProblemPlace(workshop, 'exercises[4].title').steps).toEqual([
      { kind: 'itemNumber', number: 5 },
      { kind: 'field', field: 'title' },
    ])
  })
})
