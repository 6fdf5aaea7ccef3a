import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { bundleForNode } from '../support/bundle-for-node'
import { repoRoot } from '../support/paths'

interface Trial {
  acknowledged: number
  onDisk: number | 'unparseable' | 'missing'
}

/**
 * One trial of the storage test's kill-mid-write experiment: start its writer, kill it without
 * warning after `delayMs`, and report what survived against what was acknowledged.
 */
async function runTrial(child: string, folder: string, index: number, delayMs: number) {
  const path = join(folder, `trial-${String(index)}.json`)
  const writer = spawn(process.execPath, [child, path, String(index + 1)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // Listen for the exit from the start: a writer that failed early must not hang the bench.
  const exited = new Promise((r) => writer.once('exit', r))
  let output = ''
  // Counts from the first acknowledged write, not from the spawn: on a busy machine Node can take
  // longer to start than the whole spread of delays, and a kill before any write proves nothing.
  const firstAck = new Promise<void>((resolve) => {
    writer.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('\n')) resolve()
    })
  })
  await Promise.race([firstAck, exited, new Promise((r) => setTimeout(r, 10_000))])
  await new Promise((r) => setTimeout(r, delayMs))
  writer.kill('SIGKILL')
  await exited
  const acks = output.split('\n').filter((line) => line !== '')
  const acknowledged = acks.length === 0 ? 0 : Number(acks.at(-1))
  let onDisk: Trial['onDisk']
  try {
    onDisk = (JSON.parse(await readFile(path, 'utf8')) as { seq: number }).seq
  } catch (error) {
    onDisk = error instanceof SyntaxError ? 'unparseable' : 'missing'
  }
  return { acknowledged, onDisk } satisfies Trial
}

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
    const { acknowledged, onDisk } = await runTrial(child, scratchDir, i, delay)
    if (acknowledged > 0) killedAfterWrites += 1
    const lost = acknowledged > 0 && (typeof onDisk !== 'number' || onDisk < acknowledged)
    if (lost || onDisk === 'unparseable')
      failures.push(
        `trial ${String(i)}: acknowledged ${String(acknowledged)}, on disk ${String(onDisk)}`,
      )
  }
  return { trials, corruptOrLost: failures.length, killedAfterWrites, failures }
}
