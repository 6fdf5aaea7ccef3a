import fc from 'fast-check'
import { addToRound, removeFromRound, swapPeople } from '@common/domain/grouping/adjust-rounds'
import type { Round } from '@common/domain/grouping/grouping-schema'
import { planRounds } from '@common/domain/grouping/plan-rounds'
import { roomArbitrary, rosterOf, rulesFor } from './pairs-arbitraries'

function firstRound(people: number, size: number, seed: number): Round {
  const plan = planRounds(rosterOf(people), rulesFor(size, { seed }), 1)
  if (!plan.ok) throw new Error(plan.message.id)
  return { exerciseId: 'welcome', groups: plan.value.rounds[0] ?? [] }
}

const keyOf = (group: Round['groups'][number]) => JSON.stringify(group)

/** How many of `before`'s groups are no longer in `after` exactly as they were. */
function changedGroups(before: Round, after: Round): number {
  const kept = new Set(after.groups.map(keyOf))
  return before.groups.filter((group) => !kept.has(keyOf(group))).length
}

const everyone = (round: Round) => round.groups.flatMap((group) => group.map((m) => m.personId))

describe('late arrivals and people who leave', () => {
  it('adds one person by changing one group, leaving every other as it was', () => {
    fc.assert(
      fc.property(roomArbitrary, ({ people, size, seed }) => {
        const before = firstRound(people, size, seed)
        const after = addToRound(before, 'p999', size)
        expect(changedGroups(before, after)).toBeLessThanOrEqual(1)
        expect(everyone(after).sort()).toEqual([...everyone(before), 'p999'].sort())
        const joined = after.groups.find((group) => group.some((m) => m.personId === 'p999'))
        expect(joined?.length).toBeGreaterThanOrEqual(2)
      }),
    )
  })

  it('takes one person out by changing their group and at most one other', () => {
    fc.assert(
      fc.property(roomArbitrary, fc.nat(), ({ people, size, seed }, pick) => {
        const before = firstRound(people, size, seed)
        const leaving = `p${String(pick % people)}`
        const after = removeFromRound(before, leaving, size)
        expect(changedGroups(before, after)).toBeLessThanOrEqual(2)
        expect(everyone(after).sort()).toEqual(
          everyone(before)
            .filter((id) => id !== leaving)
            .sort(),
        )
        if (people > size) for (const group of after.groups) expect(group.length).toBeGreaterThan(1)
        // Nobody is left to play a missing role: an observer steps into a vacated A or B.
        for (const group of after.groups)
          if (size <= 3 && group.length >= 2)
            expect(
              group
                .map((m) => m.role)
                .slice(0, 2)
                .sort(),
            ).toEqual(['a', 'b'])
      }),
    )
  })

  it('swaps two people by hand, each taking the other’s group and role', () => {
    const before: Round = {
      exerciseId: 'welcome',
      groups: [
        [
          { personId: 'p0', role: 'a' },
          { personId: 'p1', role: 'b' },
        ],
        [
          { personId: 'p2', role: 'a' },
          { personId: 'p3', role: 'b' },
        ],
      ],
    }
    expect(swapPeople(before, 'p1', 'p2')?.groups).toEqual([
      [
        { personId: 'p0', role: 'a' },
        { personId: 'p2', role: 'b' },
      ],
      [
        { personId: 'p1', role: 'a' },
        { personId: 'p3', role: 'b' },
      ],
    ])
    expect(swapPeople(before, 'p1', 'p9')).toBeNull()
  })
})
