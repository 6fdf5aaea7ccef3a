import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { warmUpHandouts } from '../../electron/services/handouts/warm-up'
import { renderHandoutPdf } from '../../electron/services/handouts/render-handout'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { resourcesDir } from '../support/paths'
import { median, timeMs } from './stats'

/** The flag that makes the bench's own bundle measure one fresh process instead. */
export const FIRST_PACK_CHILD_FLAG = '--first-pack-child'

const fontsFolder = join(resourcesDir, 'fonts')

export interface FirstPack {
  /** The first export in a fresh process, after the app's idle warm-up. */
  firstMs: number
  /** The first export in a fresh process with no warm-up: what the warm-up saves. */
  coldMs: number
  /** An export once the process is warm (the median of the 6th to 10th). */
  warmMs: number
}

async function timePack(): Promise<number> {
  const workshop = loadBuiltinWorkshop()
  return timeMs(async () => {
    const rendered = await renderHandoutPdf(
      workshop,
      { kind: 'pack', paper: 'a4', largePrint: false },
      fontsFolder,
    )
    if (!rendered.ok) throw new Error(rendered.message)
  })
}

/** In the child: optionally warm up as the app does when idle, then time ten exports. */
export async function runFirstPackChild(warmUp: boolean): Promise<void> {
  if (warmUp) await warmUpHandouts(loadBuiltinWorkshop(), fontsFolder)
  const times: number[] = []
  for (let i = 0; i < 10; i += 1) times.push(await timePack())
  process.stdout.write(JSON.stringify(times))
}

async function timesInFreshProcess(warmUp: boolean): Promise<number[]> {
  const script = process.argv[1]
  if (script === undefined) throw new Error('the bench runs as a script')
  const args = [script, FIRST_PACK_CHILD_FLAG, ...(warmUp ? ['warm'] : [])]
  const { stdout } = await promisify(execFile)(process.execPath, args)
  return JSON.parse(stdout) as number[]
}

/**
 * The first pack of a fresh process, with and without the warm-up, against a warm export of the
 * same processes: `rounds` pairs of processes, alternated, medians taken.
 */
export async function measureFirstPack(rounds: number): Promise<FirstPack> {
  const first: number[] = []
  const cold: number[] = []
  const warm: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    const warmed = await timesInFreshProcess(true)
    const unwarmed = await timesInFreshProcess(false)
    first.push(warmed[0] ?? Number.NaN)
    cold.push(unwarmed[0] ?? Number.NaN)
    warm.push(median([...warmed.slice(5), ...unwarmed.slice(5)]))
  }
  return { firstMs: median(first), coldMs: median(cold), warmMs: median(warm) }
}
