import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { bundleForNode } from '../../support/bundle-for-node'
import { firstOutput } from '../../support/first-output'
import { makeTempFolder } from '../../support/temp-folders'

const TRIALS = 120

interface Trial {
  acknowledged: number
  onDisk: number | 'unparseable' | 'missing'
}

/** Starts the writer, kills it without warning after `delayMs`, and reports what survived. */
async function runTrial(
  child: string,
  folder: string,
  index: number,
  delayMs: number,
): Promise<Trial> {
  const path = join(folder, `trial-${String(index)}.json`)
  const writer = spawn(process.execPath, [child, path, String(index + 1)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // Listen for the exit from the start: a writer that failed early must not hang the test.
  const exited = new Promise((r) => writer.once('exit', r))
  let output = ''
  writer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await firstOutput(writer)
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
  return { acknowledged, onDisk }
}

describe('a writer killed at random moments', () => {
  it(`never leaves a corrupt file nor loses an acknowledged write (${String(TRIALS)} kills)`, async () => {
    const temp = await makeTempFolder('kill')
    try {
      const child = await bundleForNode(
        resolve(import.meta.dirname, 'kill-writer.child.ts'),
        join(temp.path, 'bin'),
      )
      const failures: string[] = []
      let killedAfterWrites = 0
      for (let i = 0; i < TRIALS; i += 1) {
        // Deterministic spread of kill times, from the first acknowledged write to well after it.
        const delay = (i * 37) % 260
        const { acknowledged, onDisk } = await runTrial(child, temp.path, i, delay)
        if (acknowledged > 0) killedAfterWrites += 1
        const lost = acknowledged > 0 && (typeof onDisk !== 'number' || onDisk < acknowledged)
        const corrupt = onDisk === 'unparseable'
        if (lost || corrupt)
          failures.push(
            `trial ${String(i)}: acknowledged ${String(acknowledged)}, on disk ${String(onDisk)}`,
          )
      }
      expect(failures).toEqual([])
      // The kills must land during writing, or the test proves nothing.
      expect(killedAfterWrites).toBeGreaterThan(TRIALS / 2)
    } finally {
      await temp.remove()
    }
  }, 300_000)
})
