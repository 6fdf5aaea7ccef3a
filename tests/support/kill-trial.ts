import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { firstOutput } from './first-output'

/** What one kill left behind: the last acknowledged write, and what the file holds. */
export interface KillTrial {
  acknowledged: number
  onDisk: number | 'unparseable' | 'missing'
}

/**
 * One kill-mid-write trial with the storage writer (tests/services/storage/kill-writer.child.ts,
 * bundled as `child`): start it, kill it without warning `delayMs` after its first acknowledged
 * write, and report what survived against what was acknowledged.
 */
export async function runKillTrial(
  child: string,
  folder: string,
  index: number,
  delayMs: number,
): Promise<KillTrial> {
  const path = join(folder, `trial-${String(index)}.json`)
  const writer = spawn(process.execPath, [child, path, String(index + 1)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // Listen for the exit from the start: a writer that failed early must not hang the caller.
  const exited = new Promise((r) => writer.once('exit', r))
  let output = ''
  writer.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await firstOutput(writer)
  await new Promise((r) => setTimeout(r, delayMs))
  writer.kill('SIGKILL')
  await exited
  const acks = output.split('\n').filter((line) => line !== '')
  const acknowledged = acks.length === 0 ? 0 : Number(acks.at(-1))
  let onDisk: KillTrial['onDisk']
  try {
    onDisk = (JSON.parse(await readFile(path, 'utf8')) as { seq: number }).seq
  } catch (error) {
    onDisk = error instanceof SyntaxError ? 'unparseable' : 'missing'
  }
  return { acknowledged, onDisk }
}
