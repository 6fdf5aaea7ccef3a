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
        if (!plan.ok) throw new Error(plan.message)
        expect({ seed, fresh: leadingFresh(plan.value.rounds) }).toEqual({ seed, fresh: most })
        expect(plan.value.roundsWithoutRepeats).toBe(most)
        if (size <= 3) expect(roleSpread(plan.value.rounds).ab).toBeLessThanOrEqual(1)
      }
    },
  )
})
