import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { readSessionFile } from '../../../electron/services/session/read-session-file'
import { bundleForNode } from '../../support/bundle-for-node'
import { firstOutput } from '../../support/first-output'
import { repoRoot, resourcesDir } from '../../support/paths'
import { makeTempFolder } from '../../support/temp-folders'

const TRIALS = 25

describe('a session killed while notes are being written', () => {
  it(`keeps every acknowledged note (${String(TRIALS)} kills)`, async () => {
    const temp = await makeTempFolder('notes-kill')
    try {
      const child = await bundleForNode(
        resolve(import.meta.dirname, 'note-writer.child.ts'),
        join(temp.path, 'bin'),
      )
      let acknowledgedTotal = 0
      for (let trial = 0; trial < TRIALS; trial += 1) {
        const root = join(temp.path, `trial-${String(trial)}`)
        // The bundle sits in a temp folder; modules it loads at run time come from the repo.
        const writer = spawn(process.execPath, [child, root, resourcesDir], {
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') },
        })
        const exited = new Promise((r) => writer.once('exit', r))
        let output = ''
        writer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        await firstOutput(writer)
        await new Promise((r) => setTimeout(r, (trial * 53) % 300))
        writer.kill('SIGKILL')
        await exited
        const acknowledged = output.split('\n').filter((line) => line.length > 10)
        acknowledgedTotal += acknowledged.length
        if (acknowledged.length === 0) continue
        const folder = join(root, 'library', 'sessions')
        const files = (await readdir(folder)).filter(
          (n) => n.endsWith('.session.json') && !n.startsWith('.'),
        )
        expect(files).toHaveLength(1)
        // Read as the app reads a record after a crash: with its notes journal applied.
        const read = await readSessionFile(join(folder, files[0]!))
        if (!read.ok) throw new Error(read.message)
        const session = read.value
        const saved = new Set(session.notes.map((note) => note.id))
        const lost = acknowledged.filter((id) => !saved.has(id))
        expect(lost, `trial ${String(trial)}`).toEqual([])
      }
      // The kills must land while notes are being written, or this proves nothing.
      expect(acknowledgedTotal).toBeGreaterThanOrEqual(TRIALS)
    } finally {
      await temp.remove()
    }
  }, 300_000)
})
