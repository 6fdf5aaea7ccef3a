import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { planRounds } from '@common/domain/grouping/plan-rounds'
import { planSessionRoster } from '@common/domain/grouping/session-roster'
import type { Person } from '@common/domain/grouping/grouping-schema'
import { renderGroupsPdf } from '../../electron/services/roster/render-groups'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
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
    if (!result.ok) throw new Error(`grouping 200×10 failed: ${result.message}`)
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

/** 40 named participant packs of the built-in workshop, as one PDF. */
export async function measureNamedPacks(
  scratchDir: string,
): Promise<{ ms: number; pages: number }> {
  const workshop = loadBuiltinWorkshop()
  const planned = planSessionRoster(workshop, people(40), pairs(7))
  if (!planned.ok) throw new Error(planned.message)
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
