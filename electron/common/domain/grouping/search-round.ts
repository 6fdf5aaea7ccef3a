import { groupCost, type GroupingProblem } from './grouping-problem'
import { pickIndex, shuffled } from './seeded-random'

/**
 * Packs the units (people kept together count as one) into groups of the problem's sizes,
 * largest units first. Null when they do not fit (say, three people kept together in pairs of
 * two and one trio already taken).
 */
export function packUnits(problem: GroupingProblem, random: () => number): number[][] | null {
  const units = shuffled(problem.units, random).sort((a, b) => b.length - a.length)
  const groups: number[][] = problem.sizes.map(() => [])
  for (const unit of units) {
    let best = -1
    let bestRoom = 0
    groups.forEach((group, index) => {
      const room = (problem.sizes[index] ?? 0) - group.length
      if (room >= unit.length && room > bestRoom) {
        best = index
        bestRoom = room
      }
    })
    if (best < 0) return null
    groups[best]?.push(...unit)
  }
  return groups
}

/** The units inside one group: people kept together stay next to each other. */
function unitsIn(group: readonly number[], unitOf: Int32Array): number[][] {
  const seen = new Map<number, number[]>()
  for (const person of group) {
    const unit = unitOf[person] ?? 0
    seen.set(unit, [...(seen.get(unit) ?? []), person])
  }
  return [...seen.values()]
}

/**
 * Improves one round's groups by swapping people (or units of the same size) between two groups
 * while no group gets worse, until every group costs nothing or the budget is spent. Plain hill
 * climbing with sideways steps: rooms are small, and the costs rank what matters.
 */
export function improveRound(
  problem: GroupingProblem,
  start: number[][],
  random: () => number,
): number[][] {
  const groups = start.map((group) => [...group])
  const unitOf = new Int32Array(problem.people.length)
  problem.units.forEach((unit, index) => {
    for (const person of unit) unitOf[person] = index
  })
  const costs = groups.map((group) => groupCost(problem, group))
  if (groups.length < 2) return groups
  const budget = 40 * problem.people.length + 400
  for (let step = 0; step < budget; step++) {
    const bad: number[] = []
    costs.forEach((cost, index) => {
      if (cost > 0) bad.push(index)
    })
    if (bad.length === 0) break
    const first = bad[pickIndex(random, bad.length)] as number
    let second = pickIndex(random, groups.length - 1)
    if (second >= first) second++
    const groupA = groups[first] as number[]
    const groupB = groups[second] as number[]
    const unitsA = unitsIn(groupA, unitOf)
    const unitA = unitsA[pickIndex(random, unitsA.length)] as number[]
    const unitsB = unitsIn(groupB, unitOf).filter((unit) => unit.length === unitA.length)
    if (unitsB.length === 0) continue
    const unitB = unitsB[pickIndex(random, unitsB.length)] as number[]
    const nextA = [...groupA.filter((person) => !unitA.includes(person)), ...unitB]
    const nextB = [...groupB.filter((person) => !unitB.includes(person)), ...unitA]
    const costA = groupCost(problem, nextA)
    const costB = groupCost(problem, nextB)
    if (costA + costB <= (costs[first] ?? 0) + (costs[second] ?? 0)) {
      groups[first] = nextA
      groups[second] = nextB
      costs[first] = costA
      costs[second] = costB
    }
  }
  return groups
}
