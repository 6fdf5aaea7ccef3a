import type { Person, GroupingRules } from './grouping-schema'
import { groupSizes } from './group-sizes'
import { messageRef, type MessageRef } from '../../i18n/message-ref'

// The weights rank what a group must get right: constraints first, then the mix of the chosen
// attribute, and only then fresh partners. Roles are given later, over the whole schedule.
const APART = 1_000_000
const MIX = 1_000
const REPEAT = 10

/** Everything the search needs, by person index, built and checked once per plan. */
export interface GroupingProblem {
  people: readonly Person[]
  size: number
  sizes: number[]
  /** People kept together, as units that always move as one. */
  units: number[][]
  apart: Set<number>
  together: Set<number>
  mix: (string | null)[] | null
  /** How often each two people have been in one group so far (index i * n + j). */
  met: Uint16Array
}

/** The key of the two people `i` and `j`, whichever order they come in. */
export function pairKey(n: number, i: number, j: number): number {
  return i < j ? i * n + j : j * n + i
}

function nameOf(people: readonly Person[], index: number): string {
  return people[index]?.name ?? '?'
}

/** Builds the problem, or says plainly why these people cannot be grouped by these rules. */
export function buildProblem(
  people: readonly Person[],
  rules: GroupingRules,
): { ok: true; problem: GroupingProblem } | { ok: false; message: MessageRef } {
  const n = people.length
  if (n === 0) return { ok: false, message: messageRef('errors.grouping.emptyRoster') }
  if (n < rules.size) {
    return {
      ok: false,
      message: messageRef('errors.grouping.tooFew', { count: n, size: rules.size }),
    }
  }
  const indexOf = new Map(people.map((person, index) => [person.id, index]))
  const pairsOf = (list: [string, string][], gone: MessageRef) => {
    const keys: [number, number][] = []
    for (const [first, second] of list) {
      const i = indexOf.get(first)
      const j = indexOf.get(second)
      if (i === undefined || j === undefined) {
        return gone
      }
      if (i !== j) keys.push([i, j])
    }
    return keys
  }
  const apartPairs = pairsOf(rules.apart, messageRef('errors.grouping.apartGone'))
  if (!Array.isArray(apartPairs)) return { ok: false, message: apartPairs }
  const togetherPairs = pairsOf(rules.together, messageRef('errors.grouping.togetherGone'))
  if (!Array.isArray(togetherPairs)) return { ok: false, message: togetherPairs }

  const unitOf = people.map((_, index) => index)
  const root = (i: number): number => {
    while (unitOf[i] !== i) i = unitOf[i] as number
    return i
  }
  for (const [i, j] of togetherPairs) unitOf[root(i)] = root(j)
  const byRoot = new Map<number, number[]>()
  people.forEach((_, index) => {
    const key = root(index)
    byRoot.set(key, [...(byRoot.get(key) ?? []), index])
  })
  const units = [...byRoot.values()]
  const sizes = groupSizes(n, rules.size)
  const largest = Math.max(...sizes)
  for (const unit of units) {
    if (unit.length > largest) {
      const names = unit.map((index) => nameOf(people, index)).join(', ')
      return {
        ok: false,
        message: messageRef('errors.grouping.togetherTooMany', { names, largest }),
      }
    }
  }
  for (const [i, j] of apartPairs) {
    if (root(i) === root(j)) {
      return {
        ok: false,
        message: messageRef('errors.grouping.apartAndTogether', {
          first: nameOf(people, i),
          second: nameOf(people, j),
        }),
      }
    }
  }
  const mix =
    rules.mixBy === null
      ? null
      : people.map((person) => {
          const value = person.attributes[rules.mixBy ?? '']?.trim().toLowerCase() ?? ''
          return value === '' ? null : value
        })
  return {
    ok: true,
    problem: {
      people,
      size: rules.size,
      sizes,
      units,
      apart: new Set(apartPairs.map(([i, j]) => pairKey(n, i, j))),
      together: new Set(
        units.flatMap((unit) =>
          unit.flatMap((i) => unit.filter((j) => j > i).map((j) => pairKey(n, i, j))),
        ),
      ),
      mix,
      met: new Uint16Array(n * n),
    },
  }
}

/** What is wrong with a group, weighted: zero for a group that is as good as it gets. */
export function groupCost(problem: GroupingProblem, members: readonly number[]): number {
  const n = problem.people.length
  let cost = 0
  for (let x = 0; x < members.length; x++) {
    const i = members[x] as number
    for (let y = x + 1; y < members.length; y++) {
      const j = members[y] as number
      const key = pairKey(n, i, j)
      if (problem.apart.has(key)) cost += APART
      if (!problem.together.has(key)) cost += REPEAT * (problem.met[key] ?? 0)
      const mixI = problem.mix?.[i]
      if (mixI != null && mixI === problem.mix?.[j]) cost += MIX
    }
  }
  return cost
}
