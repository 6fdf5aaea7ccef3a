import { join, resolve } from 'node:path'
import { bundleForNode } from '../../support/bundle-for-node'
import { runKillTrial } from '../../support/kill-trial'
import { makeTempFolder } from '../../support/temp-folders'

const TRIALS = 120

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
        const { acknowledged, onDisk } = await runKillTrial(child, temp.path, i, delay)
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
