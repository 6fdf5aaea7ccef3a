import fc from 'fast-check'
import { constructRounds, constructedRoundCount } from '@common/domain/grouping/constructions'
import { finiteField } from '@common/domain/grouping/finite-field'
import { groupSizes } from '@common/domain/grouping/group-sizes'
import { countingLimit, knownMaximum } from '@common/domain/grouping/repeat-limit'
import { fixedRuns } from './pairs-arbitraries'

/** What is wrong with a construction's rounds: not a partition into the room's sizes, or a repeat. */
function problemWith(people: number, size: number, rounds: number[][][]): string | null {
  const seen = new Uint8Array(people * people)
  const sizes = groupSizes(people, size).sort().join()
  for (const [index, groups] of rounds.entries()) {
    const everyone = groups.flat().sort((x, y) => x - y)
    if (everyone.some((person, place) => person !== place) || everyone.length !== people)
      return `round ${String(index)} is not everyone once`
    if (
      groups
        .map((group) => group.length)
        .sort()
        .join() !== sizes
    )
      return `round ${String(index)} has other sizes`
    for (const group of groups)
      for (const [place, person] of group.entries())
        for (const other of group.slice(place + 1)) {
          const key = Math.min(person, other) * people + Math.max(person, other)
          if (seen[key] === 1) return `${String(person)} and ${String(other)} meet twice`
          seen[key] = 1
        }
  }
  return null
}

const orders = [2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 25, 27, 32, 49, 64]

describe('finite fields', () => {
  it.each(orders)('GF(%i) adds and multiplies as a field', (order) => {
    const field = finiteField(order)
    if (field === null) throw new Error('no field')
    const all = Array.from({ length: order }, (_, x) => x)
    for (const x of all) {
      expect(field.add(x, 0)).toBe(x)
      expect(field.multiply(x, 1)).toBe(x)
      if (x !== 0) expect(all.filter((y) => field.multiply(x, y) === 1)).toHaveLength(1)
      expect(all.filter((y) => field.add(x, y) === 0)).toHaveLength(1)
    }
    fc.assert(
      fc.property(fc.nat(order - 1), fc.nat(order - 1), fc.nat(order - 1), (x, y, z) => {
        expect(field.multiply(x, field.add(y, z))).toBe(
          field.add(field.multiply(x, y), field.multiply(x, z)),
        )
        expect(field.multiply(field.multiply(x, y), z)).toBe(
          field.multiply(x, field.multiply(y, z)),
        )
        expect(field.multiply(x, y)).toBe(field.multiply(y, x))
      }),
      fixedRuns(200),
    )
  })

  it('knows no field of an order that is not a prime power', () => {
    expect(finiteField(6)).toBeNull()
    expect(finiteField(10)).toBeNull()
  })
})

describe('constructions', () => {
  it('never repeats a partner, in every room from 4 to 200 in groups of 2 to 6 it builds', () => {
    for (let people = 4; people <= 200; people++)
      for (let size = 2; size <= 6; size++) {
        const rounds = constructRounds(people, size)
        if (rounds !== null)
          expect({ people, size, problem: problemWith(people, size, rounds) }).toEqual({
            people,
            size,
            problem: null,
          })
      }
  })

  it('reaches the known values: n − 1 for even pairs, q + 1 for affine planes, q for k·q', () => {
    expect(constructedRoundCount(12, 2)).toBe(11)
    expect(constructedRoundCount(40, 2)).toBe(39)
    expect(constructedRoundCount(200, 2)).toBe(199)
    expect(constructedRoundCount(9, 3)).toBe(4)
    expect(constructedRoundCount(15, 3)).toBe(7)
    expect(constructedRoundCount(21, 3)).toBe(10)
    expect(constructedRoundCount(16, 4)).toBe(5)
    expect(constructedRoundCount(20, 4)).toBe(5)
    expect(constructedRoundCount(32, 4)).toBe(10)
    expect(constructedRoundCount(25, 5)).toBe(6)
    expect(constructedRoundCount(36, 4)).toBe(9)
    expect(constructedRoundCount(42, 6)).toBe(7)
    expect(constructedRoundCount(18, 3)).toBe(0)
  })

  it('is optimal where it meets the counting limit', () => {
    for (const [people, size] of [
      [12, 2],
      [9, 3],
      [15, 3],
      [21, 3],
      [16, 4],
      [32, 4],
      [25, 5],
    ] as const) {
      expect(constructedRoundCount(people, size)).toBe(countingLimit(people, size))
      expect(knownMaximum(people, size)).toBe(countingLimit(people, size))
    }
  })
})

describe('the counting limit', () => {
  it('counts pairs used up when a trio or a four takes more of them', () => {
    expect(countingLimit(9, 2)).toBe(6)
    expect(countingLimit(11, 2)).toBe(7)
    expect(countingLimit(13, 3)).toBe(5)
    expect(countingLimit(12, 2)).toBe(11)
    expect(countingLimit(6, 3)).toBe(1)
    expect(countingLimit(8, 4)).toBe(1)
    expect(knownMaximum(12, 3)).toBe(4)
    expect(knownMaximum(20, 4)).toBe(5)
    expect(knownMaximum(18, 3)).toBeNull()
  })
})
