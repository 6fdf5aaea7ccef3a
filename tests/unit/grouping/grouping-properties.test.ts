import fc from 'fast-check'
import { constructedRoundCount } from '@common/domain/grouping/constructions'
import { groupSizes } from '@common/domain/grouping/group-sizes'
import { planRounds } from '@common/domain/grouping/plan-rounds'
import { countingLimit } from '@common/domain/grouping/repeat-limit'
import {
  fixedRuns,
  leadingFresh,
  partnersIn,
  roleSpread,
  rosterOf,
  rulesFor,
} from './pairs-arbitraries'

/** Any room a facilitator might bring: 4 to 200 people, in groups of 2 to 6. */
const anyRoom = fc
  .record({
    people: fc.integer({ min: 4, max: 200 }),
    size: fc.integer({ min: 2, max: 6 }),
    rounds: fc.integer({ min: 1, max: 8 }),
    seed: fc.nat(),
  })
  .filter(({ people, size }) => people >= size)

/** Rooms that have a construction, so the properties meet them often. */
const constructedRoom = fc
  .record({
    people: fc.constantFrom(8, 12, 16, 9, 15, 21, 16, 20, 32, 25, 36, 42, 100, 150),
    size: fc.constantFrom(2, 3, 4, 5, 6),
    rounds: fc.integer({ min: 1, max: 12 }),
    seed: fc.nat(),
  })
  .filter(({ people, size }) => constructedRoundCount(people, size) > 0)

function planned(people: number, size: number, rounds: number, seed: number) {
  const plan = planRounds(rosterOf(people), rulesFor(size, { seed }), rounds)
  if (!plan.ok) throw new Error(plan.message.id)
  return plan.value
}

describe('planRounds in any room', () => {
  it('partitions everyone into the room’s group sizes every round, the same for the same seed', () => {
    fc.assert(
      fc.property(anyRoom, ({ people, size, rounds, seed }) => {
        const plan = planned(people, size, rounds, seed)
        expect(plan.rounds).toHaveLength(rounds)
        for (const groups of plan.rounds) {
          const ids = groups.flatMap((group) => group.map((member) => member.personId))
          expect(new Set(ids).size).toBe(people)
          expect(ids).toHaveLength(people)
          expect(groups.map((group) => group.length).sort()).toEqual(
            groupSizes(people, size).sort(),
          )
        }
        expect(planned(people, size, rounds, seed)).toEqual(plan)
        expect(plan.roundsWithoutRepeats).toBe(leadingFresh(plan.rounds))
        expect(plan.roundsWithoutRepeats).toBeLessThanOrEqual(countingLimit(people, size))
        if (size <= 3) expect(roleSpread(plan.rounds).ab).toBeLessThanOrEqual(1)
        else expect(plan.rounds.flat(2).every((member) => member.role === null)).toBe(true)
      }),
      fixedRuns(40),
    )
  })

  it('goes at least as many rounds without a repeat as the room’s construction', () => {
    fc.assert(
      fc.property(constructedRoom, ({ people, size, rounds, seed }) => {
        const plan = planned(people, size, rounds, seed)
        const built = Math.min(rounds, constructedRoundCount(people, size))
        expect(leadingFresh(plan.rounds)).toBeGreaterThanOrEqual(built)
      }),
      fixedRuns(40),
    )
  })

  it('keeps apart and together whoever it is asked to, in rooms of any size', () => {
    const withRules = anyRoom
      .filter(({ people, size }) => people >= 3 * size && size <= 4)
      .chain((room) =>
        fc.record({
          room: fc.constant(room),
          apart: fc.uniqueArray(fc.tuple(fc.nat(room.people - 1), fc.nat(room.people - 1)), {
            maxLength: Math.min(12, Math.floor(room.people / 4)),
          }),
          together: fc.uniqueArray(fc.nat(Math.floor(room.people / 2) - 1), {
            maxLength: Math.min(8, Math.floor(room.people / 6)),
          }),
        }),
      )
    fc.assert(
      fc.property(withRules, ({ room, apart, together }) => {
        const togetherPairs = together.map((k) => [`p${String(2 * k)}`, `p${String(2 * k + 1)}`])
        const bound = new Set(togetherPairs.flat())
        const apartPairs = apart
          .filter(
            ([i, j]) => i !== j && !(bound.has(`p${String(i)}`) && bound.has(`p${String(j)}`)),
          )
          .map(([i, j]) => [`p${String(i)}`, `p${String(j)}`])
        const rules = rulesFor(room.size, {
          seed: room.seed,
          apart: apartPairs as [string, string][],
          together: togetherPairs as [string, string][],
        })
        const plan = planRounds(rosterOf(room.people), rules, room.rounds)
        if (!plan.ok) throw new Error(plan.message.id)
        for (const groups of plan.value.rounds) {
          const pairs = new Set(partnersIn(groups))
          for (const pair of apartPairs) expect(pairs.has([...pair].sort().join('|'))).toBe(false)
          for (const pair of togetherPairs) expect(pairs.has([...pair].sort().join('|'))).toBe(true)
        }
      }),
      fixedRuns(30),
    )
  })
})
