import { planRounds } from '@common/domain/grouping/plan-rounds'
import { leadingFresh, roleSpread, rosterOf, rulesFor } from './pairs-arbitraries'

/**
 * Rooms with a known most rounds without a repeat, each reached by a construction or by the
 * search: the circle method for even pairs; the counting limit ⌊n(n−1)/(n+3)⌋ for 9 in pairs with
 * one trio; Kirkman triple systems for 15 and 21 in threes; the affine plane of order 4 for 16 in
 * fours; 20 in fours (5-4-5 of the social golfer problem); Aguado's 32 in fours.
 */
const optimumCases: { people: number; size: number; most: number }[] = [
  { people: 12, size: 2, most: 11 },
  { people: 16, size: 2, most: 15 },
  { people: 20, size: 2, most: 19 },
  { people: 30, size: 2, most: 29 },
  { people: 40, size: 2, most: 39 },
  { people: 9, size: 2, most: 6 },
  { people: 15, size: 3, most: 7 },
  { people: 21, size: 3, most: 10 },
  { people: 16, size: 4, most: 5 },
  { people: 20, size: 4, most: 5 },
  { people: 32, size: 4, most: 10 },
]

describe('rooms with a known optimum', () => {
  it.each(optimumCases)(
    '$people in groups of $size go $most rounds without a repeat on every seed',
    ({ people, size, most }) => {
      for (const seed of [1, 2, 3, 4, 5]) {
        // Two rounds past the optimum: they must repeat someone, and must not cost a fresh round.
        const plan = planRounds(rosterOf(people), rulesFor(size, { seed }), most + 2)
        if (!plan.ok) throw new Error(plan.message)
        expect({ seed, fresh: leadingFresh(plan.value.rounds) }).toEqual({ seed, fresh: most })
        expect(plan.value.roundsWithoutRepeats).toBe(most)
        if (size <= 3) expect(roleSpread(plan.value.rounds).ab).toBeLessThanOrEqual(1)
      }
    },
  )
})
