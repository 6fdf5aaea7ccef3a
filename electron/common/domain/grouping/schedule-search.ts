import type { GroupingProblem } from './grouping-problem'
import { pickIndex } from './seeded-random'

// The weights rank what a schedule must get right: people kept apart first, then the mix of the
// chosen attribute, and only then fresh partners, a repeat costing more the earlier it comes.
const APART = 1_000_000_000
const MIX = 1_000_000
const MAX_RESTARTS = 12

/** The rounds this search can weigh: one bit a round in a 32-bit mask per two people. */
export const SEARCHED_ROUNDS = 32

/** What is wrong with a schedule, in order of importance: less is better at each place. */
export interface ScheduleScore {
  apart: number
  mix: number
  /** Rounds from the first with no partner met before. */
  leading: number
  /** Repeats, each weighted by how early it comes. */
  repeats: number
}

/** True when `next` is better than `best`: fewer broken rules, then more fresh rounds, then the rest. */
export function isBetter(next: ScheduleScore, best: ScheduleScore): boolean {
  if (next.apart !== best.apart) return next.apart < best.apart
  if (next.mix !== best.mix) return next.mix < best.mix
  if (next.leading !== best.leading) return next.leading > best.leading
  return next.repeats < best.repeats
}

export interface SearchLimits {
  /**
   * How much work the search may do, counted in pairs of people looked at: a cap on time that
   * gives the same answer on any machine, as a cap in milliseconds would not.
   */
  work: number
  /** Fresh rounds past which only the rules and the weighted repeats are left to improve. */
  target: number
}

/**
 * Improves a whole schedule of rounds by tabu search over swaps of two people (or two units of
 * people kept together, of one size) between groups of one round, in any round: the local search
 * of Dotú and Van Hentenryck, "Scheduling Social Golfers Locally" (CPAIOR 2005), with random tabu
 * tenure, aspiration and restarts from the best schedule. Returns the best schedule found and its
 * score; the groups of `start` are not changed.
 */
export function searchSchedule(
  problem: GroupingProblem,
  start: readonly (readonly (readonly number[])[])[],
  random: () => number,
  limits: SearchLimits,
): { rounds: number[][][]; score: ScheduleScore } {
  const n = problem.people.length
  const roundCount = Math.min(start.length, SEARCHED_ROUNDS)
  const rounds = start.map((groups) => groups.map((group) => [...group]))
  const weight = Array.from({ length: roundCount }, (_, round) => {
    const later = roundCount - round
    return later * later + roundCount
  })
  const unitOf = new Int32Array(n)
  problem.units.forEach((unit, index) => {
    for (const person of unit) unitOf[person] = index
  })
  const mask = new Uint32Array(n * n)
  const roundRepeats = new Int32Array(roundCount)
  let apart = 0
  let mix = 0
  let repeats = 0
  let work = 0

  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i)
  const costOf = (bits: number) => {
    let cost = 0
    let rest = (bits & (bits - 1)) >>> 0
    while (rest !== 0) {
      const low = rest & -rest
      cost += weight[31 - Math.clz32(low)] ?? 0
      rest = (rest ^ low) >>> 0
    }
    return cost
  }
  const countRepeats = (bits: number, step: number) => {
    let rest = (bits & (bits - 1)) >>> 0
    while (rest !== 0) {
      const low = rest & -rest
      const round = 31 - Math.clz32(low)
      roundRepeats[round] = (roundRepeats[round] ?? 0) + step
      rest = (rest ^ low) >>> 0
    }
  }
  // Which pairs the rules name, as flags: looked up for every pair of every weighed swap.
  const rule = new Uint8Array(n * n)
  const TOGETHER = 1
  const APART_FLAG = 2
  const MIXED = 4
  for (const at of problem.together) rule[at] = (rule[at] ?? 0) | TOGETHER
  for (const at of problem.apart) rule[at] = (rule[at] ?? 0) | APART_FLAG
  if (problem.mix !== null)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const value = problem.mix[i]
        if (value != null && value === problem.mix[j])
          rule[i * n + j] = (rule[i * n + j] ?? 0) | MIXED
      }
  /** Puts two people in one group in `round` (step 1) or takes them apart (step −1). */
  const touch = (i: number, j: number, round: number, step: 1 | -1) => {
    const at = key(i, j)
    const flags = rule[at] ?? 0
    if ((flags & TOGETHER) !== 0) return
    const before = mask[at] ?? 0
    const after = step === 1 ? (before | (1 << round)) >>> 0 : (before & ~(1 << round)) >>> 0
    repeats += costOf(after) - costOf(before)
    countRepeats(before, -1)
    countRepeats(after, 1)
    mask[at] = after
    if ((flags & APART_FLAG) !== 0) apart += step
    if ((flags & MIXED) !== 0) mix += step
  }
  /** What `touch` would change the weighted cost by, without doing it. */
  const touchCost = (i: number, j: number, round: number, step: 1 | -1) => {
    const at = key(i, j)
    const flags = rule[at] ?? 0
    work++
    if ((flags & TOGETHER) !== 0) return 0
    const before = mask[at] ?? 0
    const after = step === 1 ? (before | (1 << round)) >>> 0 : (before & ~(1 << round)) >>> 0
    let cost = costOf(after) - costOf(before)
    if ((flags & APART_FLAG) !== 0) cost += step * APART
    if ((flags & MIXED) !== 0) cost += step * MIX
    return cost
  }
  for (let round = 0; round < roundCount; round++)
    (rounds[round] ?? []).forEach((group) => {
      for (let x = 0; x < group.length; x++)
        for (let y = x + 1; y < group.length; y++)
          touch(group[x] as number, group[y] as number, round, 1)
    })

  const leadingFresh = () => {
    let round = 0
    while (round < roundCount && roundRepeats[round] === 0) round++
    return round
  }
  const score = (): ScheduleScore => ({ apart, mix, leading: leadingFresh(), repeats })
  let best = { rounds: rounds.map((groups) => groups.map((group) => [...group])), score: score() }
  const isDone = (now: ScheduleScore) =>
    now.apart === 0 && now.mix === 0 && (now.repeats === 0 || now.leading >= limits.target)
  if (roundCount === 0 || isDone(best.score)) return best

  const membersOf = (group: readonly number[], unit: number) =>
    group.filter((person) => unitOf[person] === unit)
  /** The weighted cost of moving unit `mine` out of `from` into `to` in place of unit `theirs`. */
  const swapCost = (
    round: number,
    from: number[],
    mine: number[],
    to: number[],
    theirs: number[],
  ) => {
    let cost = 0
    for (const person of mine)
      for (const other of from) {
        if (unitOf[other] === unitOf[person]) continue
        cost += touchCost(person, other, round, -1)
      }
    for (const person of theirs)
      for (const other of to) {
        if (unitOf[other] === unitOf[person]) continue
        cost += touchCost(person, other, round, -1)
      }
    for (const person of mine)
      for (const other of to)
        if (unitOf[other] !== unitOf[theirs[0] ?? -1]) cost += touchCost(person, other, round, 1)
    for (const person of theirs)
      for (const other of from)
        if (unitOf[other] !== unitOf[mine[0] ?? -1]) cost += touchCost(person, other, round, 1)
    return cost
  }
  const applySwap = (
    round: number,
    first: number,
    mine: number[],
    second: number,
    theirs: number[],
  ) => {
    const groups = rounds[round] as number[][]
    const from = groups[first] as number[]
    const to = groups[second] as number[]
    const stayFrom = from.filter((person) => !mine.includes(person))
    const stayTo = to.filter((person) => !theirs.includes(person))
    for (const person of mine) for (const other of stayFrom) touch(person, other, round, -1)
    for (const person of theirs) for (const other of stayTo) touch(person, other, round, -1)
    for (const person of mine) for (const other of stayTo) touch(person, other, round, 1)
    for (const person of theirs) for (const other of stayFrom) touch(person, other, round, 1)
    groups[first] = [...stayFrom, ...theirs]
    groups[second] = [...stayTo, ...mine]
  }

  const tabuUntil = new Float64Array(roundCount * problem.units.length)
  const stamp = new Int32Array(roundCount * problem.units.length)
  const stallLimit = 60 + 4 * n
  let iteration = 0
  let sinceBest = 0
  let restartsSinceBest = 0
  let cost = apart * APART + mix * MIX + repeats
  let bestCost = cost
  while (work < limits.work) {
    iteration++
    // Units that take part in something wrong, each once: the only ones worth moving.
    const conflicted: [number, number, number][] = []
    for (let round = 0; round < roundCount; round++)
      (rounds[round] ?? []).forEach((group, index) => {
        work += (group.length * (group.length - 1)) / 2
        for (let x = 0; x < group.length; x++)
          for (let y = x + 1; y < group.length; y++) {
            const i = group[x] as number
            const j = group[y] as number
            const at = key(i, j)
            const flags = rule[at] ?? 0
            if ((flags & TOGETHER) !== 0) continue
            const bits = mask[at] ?? 0
            const wrong = (bits & (bits - 1)) !== 0 || (flags & (APART_FLAG | MIXED)) !== 0
            if (!wrong) continue
            for (const person of [i, j]) {
              const slot = round * problem.units.length + (unitOf[person] ?? 0)
              if (stamp[slot] === iteration) continue
              stamp[slot] = iteration
              conflicted.push([round, index, unitOf[person] ?? 0])
            }
          }
      })
    if (conflicted.length === 0) break
    let chosen: {
      round: number
      first: number
      mine: number
      second: number
      theirs: number
    } | null = null
    let chosenCost = Infinity
    let ties = 0
    const tries = Math.min(conflicted.length, 12)
    for (let attempt = 0; attempt < tries; attempt++) {
      const [round, first, mine] = conflicted[pickIndex(random, conflicted.length)] as [
        number,
        number,
        number,
      ]
      const groups = rounds[round] as number[][]
      const from = groups[first] as number[]
      const mineMembers = membersOf(from, mine)
      for (let second = 0; second < groups.length; second++) {
        if (second === first) continue
        const to = groups[second] as number[]
        const seen = new Set<number>()
        for (const person of to) {
          const theirs = unitOf[person] ?? 0
          if (seen.has(theirs)) continue
          seen.add(theirs)
          const theirMembers = membersOf(to, theirs)
          if (theirMembers.length !== mineMembers.length) continue
          const delta = swapCost(round, from, mineMembers, to, theirMembers)
          const isTabu =
            (tabuUntil[round * problem.units.length + mine] ?? 0) > iteration ||
            (tabuUntil[round * problem.units.length + theirs] ?? 0) > iteration
          if (isTabu && cost + delta >= bestCost) continue
          if (delta < chosenCost) {
            chosenCost = delta
            chosen = { round, first, mine, second, theirs }
            ties = 1
          } else if (delta === chosenCost && pickIndex(random, ++ties) === 0) {
            chosen = { round, first, mine, second, theirs }
          }
        }
      }
    }
    // Every unit in the way is tabu or has no unit of its size to trade with: nothing to do but
    // wait the tabu out, and only a few times, as the room may simply have no move.
    work += tries
    if (chosen === null) {
      if (++sinceBest > stallLimit) break
      continue
    }
    const groups = rounds[chosen.round] as number[][]
    applySwap(
      chosen.round,
      chosen.first,
      membersOf(groups[chosen.first] as number[], chosen.mine),
      chosen.second,
      membersOf(groups[chosen.second] as number[], chosen.theirs),
    )
    cost += chosenCost
    const units = problem.units.length
    tabuUntil[chosen.round * units + chosen.mine] = iteration + 4 + pickIndex(random, 10)
    tabuUntil[chosen.round * units + chosen.theirs] = iteration + 4 + pickIndex(random, 10)
    const now = score()
    if (isBetter(now, best.score)) {
      best = { rounds: rounds.map((each) => each.map((group) => [...group])), score: now }
      bestCost = Math.min(bestCost, cost)
      sinceBest = 0
      restartsSinceBest = 0
      if (isDone(now)) break
    } else if (++sinceBest > stallLimit) {
      // Stuck: start again from the best schedule, shaken by a few random swaps; after many
      // fruitless restarts what is left is most likely what this room cannot avoid.
      if (++restartsSinceBest > MAX_RESTARTS && best.score.leading >= limits.target) break
      sinceBest = 0
      restart(best.rounds)
    }
  }
  return best

  function restart(from: readonly (readonly number[])[][]) {
    for (let round = 0; round < roundCount; round++) {
      const groups = rounds[round] as number[][]
      const target = from[round] ?? []
      // Move each group to its state in `from` by undoing all pairs and redoing them.
      groups.forEach((group) => {
        for (let x = 0; x < group.length; x++)
          for (let y = x + 1; y < group.length; y++)
            touch(group[x] as number, group[y] as number, round, -1)
      })
      rounds[round] = target.map((group) => [...group])
      for (const group of rounds[round] ?? [])
        for (let x = 0; x < group.length; x++)
          for (let y = x + 1; y < group.length; y++)
            touch(group[x] as number, group[y] as number, round, 1)
    }
    tabuUntil.fill(0)
    const shakes = 1 + pickIndex(random, 3)
    for (let shake = 0; shake < shakes; shake++) {
      const round = pickIndex(random, roundCount)
      const groups = rounds[round] as number[][]
      if (groups.length < 2) continue
      const first = pickIndex(random, groups.length)
      let second = pickIndex(random, groups.length - 1)
      if (second >= first) second++
      const from = groups[first] as number[]
      const to = groups[second] as number[]
      const mine = unitOf[from[pickIndex(random, from.length)] ?? 0] ?? 0
      const mineMembers = membersOf(from, mine)
      const candidates = [...new Set(to.map((person) => unitOf[person] ?? 0))].filter(
        (unit) => membersOf(to, unit).length === mineMembers.length,
      )
      const theirs = candidates[pickIndex(random, candidates.length)]
      if (theirs === undefined) continue
      applySwap(round, first, mineMembers, second, membersOf(to, theirs))
    }
    cost = apart * APART + mix * MIX + repeats
  }
}
