import { planRounds } from '@common/domain/grouping/plan-rounds'
import { groupingOptimumCases, groupingOptimumSeeds } from '../../support/grouping-optimum-cases'
import { leadingFresh, roleSpread, rosterOf, rulesFor } from './pairs-arbitraries'

describe('rooms with a known optimum', () => {
  it.each(groupingOptimumCases)(
    '$people in groups of $size go $most rounds without a repeat on every seed',
    ({ people, size, most }) => {
      for (const seed of groupingOptimumSeeds) {
        // Two rounds past the optimum: they must repeat someone, and must not cost a fresh round.
        const plan = planRounds(rosterOf(people), rulesFor(size, { seed }), most + 2)
        if (!plan.ok) throw new Error(plan.message.id)
        expect({ seed, fresh: leadingFresh(plan.value.rounds) }).toEqual({ seed, fresh: most })
        expect(plan.value.roundsWithoutRepeats).toBe(most)
        if (size <= 3) expect(roleSpread(plan.value.rounds).ab).toBeLessThanOrEqual(1)
      }
    },
  )
})

describe('a room the search must solve', () => {
  it('puts 9 in pairs through 6 rounds without a repeat on thirty seeds', () => {
    // No construction gives 9 in pairs with a trio; the search must not give up short of the
    // counting limit while its budget lasts.
    const short = Array.from({ length: 30 }, (_, index) => index + 1).filter((seed) => {
      const plan = planRounds(rosterOf(9), rulesFor(2, { seed }), 8)
      return !plan.ok || leadingFresh(plan.value.rounds) < 6
    })
    expect(short).toEqual([])
  })
})
