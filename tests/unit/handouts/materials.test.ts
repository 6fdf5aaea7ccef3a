import { collectMaterials, countUnits, parseMaterial } from '@common/handouts/materials'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { listExercises } from '../../support/handout-fixtures'

const workshop = loadBuiltinWorkshop()

describe('the materials to bring', () => {
  it('reads a rate and an optional mark from a material', () => {
    expect(parseMaterial('Pens: 1 per person')).toEqual({
      name: 'Pens',
      count: 1,
      unit: 'person',
      isOptional: false,
    })
    expect(parseMaterial('Chairs: 2 per pair (optional)')).toMatchObject({
      name: 'Chairs',
      isOptional: true,
    })
    expect(parseMaterial('Slides with images (optional)')).toEqual({
      name: 'Slides with images',
      isOptional: true,
    })
  })

  it('counts pairs and tables of about six, rounding up', () => {
    expect(countUnits(20)).toEqual({ person: 20, pair: 10, table: 4 })
    expect(countUnits(13)).toEqual({ person: 13, pair: 7, table: 3 })
  })

  it('lists each thing once, with how many to bring for the room', () => {
    const needs = collectMaterials(workshop, 13)
    const names = needs.map((need) => need.name.toLowerCase())
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((name) => name.includes('worksheet pack'))).toHaveLength(1)
    expect(names.filter((name) => name.startsWith('pens'))).toHaveLength(1)
    expect(needs.find((need) => need.name === 'Pens')).toMatchObject({ total: 13 })
    expect(needs.find((need) => need.name === 'Chairs')).toMatchObject({ total: 14 })
    expect(needs.find((need) => need.name === 'Masking tape')).toMatchObject({ total: 3 })
    expect(needs.length).toBeLessThan(18)
  })

  it('brings the largest amount any exercise asks for, and marks what only optional parts use', () => {
    const [first, second] = listExercises(workshop)
    const needs = collectMaterials(
      {
        ...workshop,
        exercises: [
          { ...first!, materials: ['Markers: 1 per table'] },
          { ...second!, optional: true, materials: ['Markers: 2 per pair', 'Glue'] },
        ],
      },
      20,
    )
    expect(needs.find((need) => need.name === 'Markers')).toMatchObject({
      total: 20,
      rate: { count: 2, unit: 'pair' },
      isOptional: false,
    })
    expect(needs.find((need) => need.name === 'Glue')).toMatchObject({ isOptional: true })
  })
})
