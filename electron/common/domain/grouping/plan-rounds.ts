import { assignRoles } from './assign-roles'
import { constructRounds } from './constructions'
import type { Group, GroupingRules, Person } from './grouping-schema'
import { buildProblem, pairKey, type GroupingProblem } from './grouping-problem'
import { countingLimit, knownMaximum } from './repeat-limit'
import { searchSchedule } from './schedule-search'
import { improveRound, packUnits } from './search-round'
import { makeSeededRandom, shuffled } from './seeded-random'
import { messageRef, type MessageRef } from '../../i18n/message-ref'

/** Rounds of groups with roles, and how many of the first rounds have no repeated partners. */
export interface PlannedRounds {
  rounds: Group[][]
  roundsWithoutRepeats: number
}

export type PlanResult = { ok: true; value: PlannedRounds } | { ok: false; message: MessageRef }

// How much the whole-schedule search may do, in pairs of people looked at: a cap that keeps a plan
// well under a second on a slow laptop, and gives the same groups on any machine (a cap on time
// would not).
const SEARCH_WORK = 2_000_000

/** Counts who met whom in `groups`, for the rounds drawn after them. */
function meet(problem: GroupingProblem, groups: readonly (readonly number[])[]): void {
  const n = problem.people.length
  for (const group of groups)
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        const key = pairKey(n, group[x] as number, group[y] as number)
        problem.met[key] = (problem.met[key] ?? 0) + 1
      }
}

/** One round drawn on its own, as fresh as the rounds before it allow: the search's start. */
function drawRound(problem: GroupingProblem, random: () => number): number[][] | null {
  const packed = packUnits(problem, random)
  return packed === null ? null : improveRound(problem, packed, random)
}

/** How many of the first rounds have no two people who met in an earlier one. */
export function leadingFreshRounds(
  problem: GroupingProblem,
  rounds: readonly (readonly number[])[][],
): number {
  const n = problem.people.length
  const seen = new Set<number>()
  for (const [index, groups] of rounds.entries()) {
    const keys = groups.flatMap((group) =>
      group.flatMap((person, place) =>
        group.slice(place + 1).map((other) => pairKey(n, person, other)),
      ),
    )
    if (keys.some((key) => seen.has(key) && !problem.together.has(key))) return index
    for (const key of keys) seen.add(key)
  }
  return rounds.length
}

/**
 * The groups of every round, by person index. Unless people are kept together (a construction
 * knows nothing of units), a known construction gives the first rounds, people mapped onto it in
 * an order drawn from the seed; further rounds are drawn one at a time; then, when a rule is
 * broken (apart, mix) or a partner repeats before the room's limit, a search over the whole
 * schedule improves it, keeping the best it saw, so it never loses a fresh round it started with.
 */
function drawSchedule(
  problem: GroupingProblem,
  rules: GroupingRules,
  roundCount: number,
  random: () => number,
): number[][][] | null {
  const n = problem.people.length
  const rounds: number[][][] = []
  const isTied = problem.together.size > 0
  const built = !isTied && rules.perExercise ? constructRounds(n, rules.size) : null
  if (built !== null) {
    const order = shuffled(
      problem.people.map((_, index) => index),
      random,
    )
    for (const groups of built.slice(0, roundCount)) {
      const mapped = groups.map((group) => group.map((point) => order[point] as number))
      rounds.push(mapped)
      meet(problem, mapped)
    }
  }
  const drawn = rules.perExercise ? roundCount : 1
  const limit = Math.min(drawn, knownMaximum(n, rules.size) ?? countingLimit(n, rules.size))
  // The rounds up to the room's limit are searched on their own first, so that the rounds past
  // it, which must repeat someone, do not take the search's effort from them.
  const fill = (count: number) => {
    while (rounds.length < count) {
      const groups = drawRound(problem, random)
      if (groups === null) return false
      rounds.push(groups)
      meet(problem, groups)
    }
    return true
  }
  if (!fill(Math.max(limit, rounds.length))) return null
  const searched = searchSchedule(problem, rounds.slice(0, Math.max(limit, 1)), random, {
    work: SEARCH_WORK,
    target: limit,
  }).rounds
  const best = [...searched, ...rounds.slice(searched.length)]
  problem.met.fill(0)
  for (const groups of best) meet(problem, groups)
  rounds.splice(0, rounds.length, ...best)
  if (!fill(drawn)) return null
  return rules.perExercise ? rounds : Array.from({ length: roundCount }, () => rounds[0] ?? [])
}

/**
 * Draws `roundCount` rounds of groups for `people` by `rules`: deterministic from `rules.seed`,
 * keeping people apart or together as asked, each group mixing the `mixBy` attribute as far as the
 * roster allows, and no one meeting a partner twice for as many rounds as the room's known
 * construction reaches, or else as the search finds within its cap. Roles come last, over the
 * whole schedule: A and B within one of each other for everyone after every round, observers
 * rotating. With `perExercise` false the first round's groups are kept and only the roles turn.
 */
export function planRounds(
  people: readonly Person[],
  rules: GroupingRules,
  roundCount: number,
): PlanResult {
  const built = buildProblem(people, rules)
  if (!built.ok) return built
  if (roundCount < 1) return { ok: false, message: messageRef('errors.grouping.noRounds') }
  const problem = built.problem
  const random = makeSeededRandom(rules.seed)
  const schedule = drawSchedule(problem, rules, roundCount, random)
  if (schedule === null) {
    return {
      ok: false,
      message: messageRef('errors.grouping.togetherDoNotFit', { size: rules.size }),
    }
  }
  const n = people.length
  const isApart = (group: readonly number[]) =>
    group.some((i, place) =>
      group.slice(place + 1).some((j) => problem.apart.has(pairKey(n, i, j))),
    )
  if (schedule.some((groups) => groups.some(isApart))) {
    return {
      ok: false,
      message: messageRef('errors.grouping.apartDoNotFit', { size: rules.size }),
    }
  }
  const roles = assignRoles(schedule, rules.size, people.length, random)
  return {
    ok: true,
    value: {
      rounds: roles.map((groups) =>
        groups.map((members) =>
          members.map(({ person, role }) => ({ personId: people[person]?.id ?? '', role })),
        ),
      ),
      roundsWithoutRepeats: rules.perExercise
        ? leadingFreshRounds(problem, schedule)
        : Math.min(1, roundCount),
    },
  }
}
