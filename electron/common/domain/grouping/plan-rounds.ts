import type { Group, GroupingRules, Person } from './grouping-schema'
import {
  balancedOrder,
  breaksApart,
  buildProblem,
  groupCost,
  pairKey,
  type GroupingProblem,
} from './grouping-problem'
import { roleSlots } from './roles'
import { improveRound, packUnits } from './search-round'
import { makeSeededRandom } from './seeded-random'

/** Rounds of groups with roles, and how many of the first rounds have no repeated partners. */
export interface PlannedRounds {
  rounds: Group[][]
  roundsWithoutRepeats: number
}

export type PlanResult = { ok: true; value: PlannedRounds } | { ok: false; message: string }

// Small rooms are near the limit of fresh partners, where one unlucky early round costs a whole
// round later: they get a few more tries from other seeds derived from the kept one.
const SMALL_ROOM = 40
const TRIES_IN_SMALL_ROOM = 6

/** Gives each member of each group a role, and counts who met whom, for the rounds that follow. */
function settleRound(problem: GroupingProblem, groups: readonly number[][]): Group[] {
  const n = problem.people.length
  return groups.map((members) => {
    const order = balancedOrder(problem, members) ?? [...members]
    const slots = roleSlots(problem.size, order.length)
    order.forEach((person, place) => {
      const role = slots[place] ?? null
      const counts = problem.roleCounts[person]
      if (role !== null && counts !== undefined) counts[role]++
      for (const other of order.slice(place + 1)) {
        const key = pairKey(n, person, other)
        problem.met[key] = (problem.met[key] ?? 0) + 1
      }
    })
    return order.map((person, place) => ({
      personId: problem.people[person]?.id ?? '',
      role: slots[place] ?? null,
    }))
  })
}

function repeatsIn(problem: GroupingProblem, groups: readonly number[][]): number {
  const n = problem.people.length
  let repeats = 0
  for (const group of groups)
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        const key = pairKey(n, group[x] as number, group[y] as number)
        if (!problem.together.has(key) && (problem.met[key] ?? 0) > 0) repeats++
      }
  return repeats
}

interface Attempt {
  rounds: Group[][]
  roundsWithoutRepeats: number
  repeats: number
}

function attempt(
  people: readonly Person[],
  rules: GroupingRules,
  roundCount: number,
  seed: number,
): { ok: true; value: Attempt } | { ok: false; message: string } {
  const built = buildProblem(people, rules)
  if (!built.ok) return built
  const problem = built.problem
  const random = makeSeededRandom(seed)
  const rounds: Group[][] = []
  let roundsWithoutRepeats = 0
  let repeats = 0
  let kept: number[][] | null = null
  for (let round = 0; round < roundCount; round++) {
    let groups: number[][]
    if (kept !== null) groups = kept
    else {
      const packed = packUnits(problem, random)
      if (packed === null) {
        return {
          ok: false,
          message: `The people kept together do not fit into groups of ${String(rules.size)}.`,
        }
      }
      groups = improveRound(problem, packed, random)
      const broken = groups.find((group) => breaksApart(groupCost(problem, group)))
      if (broken !== undefined) {
        return {
          ok: false,
          message: `Groups of ${String(rules.size)} cannot keep everyone who is to be kept apart apart: too few groups for those rules.`,
        }
      }
      if (!rules.perExercise) kept = groups
    }
    const fresh = repeatsIn(problem, groups)
    if (fresh === 0 && roundsWithoutRepeats === round) roundsWithoutRepeats++
    repeats += fresh
    rounds.push(settleRound(problem, groups))
  }
  return { ok: true, value: { rounds, roundsWithoutRepeats, repeats } }
}

/**
 * Draws `roundCount` rounds of groups for `people` by `rules`: deterministic from `rules.seed`,
 * keeping people apart or together as asked, roles balanced so each person's counts stay within one
 * of each other, each group mixing the `mixBy` attribute as far as the roster allows, and no one
 * meeting a partner twice for as many rounds as this search manages. With `perExercise` false the
 * first round's groups are kept and only the roles turn.
 */
export function planRounds(
  people: readonly Person[],
  rules: GroupingRules,
  roundCount: number,
): PlanResult {
  const tries = rules.perExercise && people.length <= SMALL_ROOM ? TRIES_IN_SMALL_ROOM : 1
  let best: Attempt | null = null
  for (let index = 0; index < tries; index++) {
    const seed = (rules.seed + Math.imul(index, 0x9e3779b9)) >>> 0
    const result = attempt(people, rules, roundCount, seed)
    if (!result.ok) return result
    const next = result.value
    if (
      best === null ||
      next.roundsWithoutRepeats > best.roundsWithoutRepeats ||
      (next.roundsWithoutRepeats === best.roundsWithoutRepeats && next.repeats < best.repeats)
    ) {
      best = next
    }
    if (best.roundsWithoutRepeats === roundCount) break
  }
  if (best === null) return { ok: false, message: 'No rounds were asked for.' }
  return {
    ok: true,
    value: { rounds: best.rounds, roundsWithoutRepeats: best.roundsWithoutRepeats },
  }
}
