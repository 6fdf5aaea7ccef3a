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

/** Fixed seeds and bounded runs, so the properties check the same cases on every run. */
export const fixedRuns = (numRuns: number, seed = 27) => ({ numRuns, seed })

/** How many of the first rounds have no two people who met in an earlier round, recounted. */
export function leadingFresh(rounds: readonly Group[][]): number {
  const seen = new Set<string>()
  for (const [index, groups] of rounds.entries()) {
    const pairs = partnersIn(groups)
    if (pairs.some((pair) => seen.has(pair))) return index
    for (const pair of pairs) seen.add(pair)
  }
  return rounds.length
}

/**
 * The worst role imbalance after any round: `ab`, the largest gap between anyone's A and B counts;
 * `abo`, the largest gap among anyone's A, B and observer counts; `observers`, the largest gap
 * between two people's observer counts (0 or 1 when nobody observes twice before everyone has once).
 */
export function roleSpread(rounds: readonly Group[][]): {
  ab: number
  abo: number
  observers: number
} {
  const counts = new Map<string, { a: number; b: number; observer: number }>()
  for (const member of rounds.flat(2)) counts.set(member.personId, { a: 0, b: 0, observer: 0 })
  let ab = 0
  let abo = 0
  let observers = 0
  for (const groups of rounds) {
    for (const member of groups.flat()) {
      const mine = counts.get(member.personId)
      if (mine !== undefined && member.role !== null) mine[member.role]++
    }
    const all = [...counts.values()]
    ab = Math.max(ab, ...all.map(({ a, b }) => Math.abs(a - b)))
    abo = Math.max(
      abo,
      ...all.map(({ a, b, observer }) => Math.max(a, b, observer) - Math.min(a, b, observer)),
    )
    const watched = all.map(({ observer }) => observer)
    observers = Math.max(observers, Math.max(...watched) - Math.min(...watched))
  }
  return { ab, abo, observers }
}
