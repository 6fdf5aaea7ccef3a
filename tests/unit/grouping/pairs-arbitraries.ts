import fc from 'fast-check'
import type { Group, GroupingRules, Person } from '@common/domain/grouping/grouping-schema'

/** A roster of `count` people, half of them early-career, half senior, in a seeded order. */
export function rosterOf(count: number): Person[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `p${String(index)}`,
    name: `Person ${String(index)}`,
    attributes: { stage: index % 2 === 0 ? 'early' : 'senior' },
  }))
}

export function rulesFor(size: number, extra: Partial<GroupingRules> = {}): GroupingRules {
  return { size, perExercise: true, seed: 1, mixBy: null, apart: [], together: [], ...extra }
}

/** Every two people who share a group, as "p1|p2" keys. */
export function partnersIn(groups: readonly Group[]): string[] {
  return groups.flatMap((group) =>
    group.flatMap((member, index) =>
      group.slice(index + 1).map((other) => [member.personId, other.personId].sort().join('|')),
    ),
  )
}

/** Each person's counts of each role over all rounds. */
export function roleCounts(rounds: readonly Group[][]): Map<string, Record<string, number>> {
  const counts = new Map<string, Record<string, number>>()
  for (const groups of rounds)
    for (const group of groups)
      for (const member of group) {
        const mine = counts.get(member.personId) ?? { a: 0, b: 0, observer: 0 }
        if (member.role !== null) mine[member.role] = (mine[member.role] ?? 0) + 1
        counts.set(member.personId, mine)
      }
  return counts
}

/** A roster size, group size and round count a workshop might have. */
export const roomArbitrary = fc.record({
  people: fc.integer({ min: 4, max: 30 }),
  size: fc.constantFrom(2, 2, 3, 4),
  rounds: fc.integer({ min: 1, max: 6 }),
  seed: fc.nat(),
  perExercise: fc.boolean(),
})
