import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { planRounds } from '@common/domain/grouping/plan-rounds'
import { planSessionRoster } from '@common/domain/grouping/session-roster'
import type { Person } from '@common/domain/grouping/grouping-schema'
import { renderGroupsPdf } from '../../electron/services/roster/render-groups'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { groupingOptimumCases, groupingOptimumSeeds } from '../support/grouping-optimum-cases'
import { resourcesDir } from '../support/paths'
import { readPdfInfo } from '../support/poppler'
import { median, timeMs } from './stats'

function people(count: number): Person[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `p${String(index)}`,
    name: `Participant ${String(index + 1)}`,
    attributes: {},
  }))
}

const pairs = (seed: number) => ({
  size: 2,
  perExercise: true,
  seed,
  mixBy: null,
  apart: [],
  together: [],
})

/**
 * 200 people in pairs for 10 rounds, a different seed each run: the median time, after checking
 * every run's result (no repeated partner, each person A and B within one of each other).
 */
export function measureGrouping(runs: number): { medianMs: number } {
  const room = people(200)
  const samples: number[] = []
  for (let run = 0; run <= runs; run++) {
    const started = performance.now()
    const result = planRounds(room, pairs(run + 1), 10)
    const ms = performance.now() - started
    if (!result.ok) throw new Error(`grouping 200×10 failed: ${result.message.id}`)
    if (result.value.roundsWithoutRepeats !== 10)
      throw new Error('grouping 200×10 repeated a partner')
    const balance = new Map<string, number>()
    for (const member of result.value.rounds.flat(2)) {
      const step = member.role === 'a' ? 1 : member.role === 'b' ? -1 : 0
      balance.set(member.personId, (balance.get(member.personId) ?? 0) + step)
    }
    if ([...balance.values()].some((value) => Math.abs(value) > 1))
      throw new Error('grouping 200×10 left roles unbalanced')
    // The first run loads and compiles the code; it is not a sample.
    if (run > 0) samples.push(ms)
  }
  return { medianMs: median(samples) }
}

/** Every two people in one group in `rounds`, as "p1|p2" keys, round by round. */
function freshRounds(rounds: readonly { personId: string }[][][]): number {
  const seen = new Set<string>()
  for (const [index, groups] of rounds.entries()) {
    const pairs = groups.flatMap((group) =>
      group.flatMap((member, place) =>
        group.slice(place + 1).map((other) => [member.personId, other.personId].sort().join('|')),
      ),
    )
    if (pairs.some((pair) => seen.has(pair))) return index
    for (const pair of pairs) seen.add(pair)
  }
  return rounds.length
}

/**
 * Each room of the fixed list with a known optimum, planned for two rounds past it on each seed,
 * its fresh rounds recounted from the groups: how many rooms reach their optimum on every seed,
 * and the slowest single plan.
 */
export function measureOptimumCases(): { reached: number; cases: number; slowestMs: number } {
  let reached = 0
  let slowestMs = 0
  for (const { people: count, size, most } of groupingOptimumCases) {
    const room = people(count)
    let everySeed = true
    for (const seed of groupingOptimumSeeds) {
      const started = performance.now()
      const result = planRounds(room, { ...pairs(seed), size }, most + 2)
      slowestMs = Math.max(slowestMs, performance.now() - started)
      if (!result.ok)
        throw new Error(
          `grouping ${String(count)} in ${String(size)}s failed: ${result.message.id}`,
        )
      if (freshRounds(result.value.rounds) < most) everySeed = false
    }
    if (everySeed) reached++
  }
  return { reached, cases: groupingOptimumCases.length, slowestMs }
}

/** 40 named participant packs of the built-in workshop, as one PDF. */
export async function measureNamedPacks(
  scratchDir: string,
): Promise<{ ms: number; pages: number }> {
  const workshop = loadBuiltinWorkshop()
  const planned = planSessionRoster(workshop, people(40), pairs(7))
  if (!planned.ok) throw new Error(planned.message.id)
  const render = async () => {
    const rendered = await renderGroupsPdf(
      workshop,
      planned.roster,
      'namedPacks',
      { paper: 'a4', largePrint: false },
      join(resourcesDir, 'fonts'),
    )
    if (!rendered.ok) throw new Error(rendered.message)
    return rendered.value
  }
  const bytes = await render()
  const file = join(scratchDir, 'named-packs-40.pdf')
  await writeFile(file, bytes)
  const ms = await timeMs(render)
  return { ms, pages: readPdfInfo(file).pages }
}
