import { join, resolve } from 'node:path'
import { bundleForNode } from '../support/bundle-for-node'
import { runKillTrial } from '../support/kill-trial'
import { repoRoot } from '../support/paths'

export interface KillTrials {
  trials: number
  corruptOrLost: number
  /** Trials killed after at least one acknowledged write: the ones that test anything. */
  killedAfterWrites: number
  failures: string[]
}

/**
 * Kills the storage test's writer (tests/services/storage/kill-writer.child.ts) `trials` times at
 * spread-out moments and counts files left corrupt or missing an acknowledged write.
 */
export async function runKillTrials(scratchDir: string, trials: number): Promise<KillTrials> {
  const child = await bundleForNode(
    resolve(repoRoot, 'tests/services/storage/kill-writer.child.ts'),
    join(scratchDir, 'bin'),
  )
  const failures: string[] = []
  let killedAfterWrites = 0
  for (let i = 0; i < trials; i += 1) {
    // A deterministic spread, as in the test: from right after the first write to dozens later.
    const delay = (i * 37) % 260
    const { acknowledged, onDisk } = await runKillTrial(child, scratchDir, i, delay)
    if (acknowledged > 0) killedAfterWrites += 1
    const lost = acknowledged > 0 && (typeof onDisk !== 'number' || onDisk < acknowledged)
    if (lost || onDisk === 'unparseable')
      failures.push(
        `trial ${String(i)}: acknowledged ${String(acknowledged)}, on disk ${String(onDisk)}`,
      )
  }
  return { trials, corruptOrLost: failures.length, killedAfterWrites, failures }
}
