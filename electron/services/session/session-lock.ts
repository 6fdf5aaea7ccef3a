import { randomUUID } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { z } from 'zod'

/**
 * Who runs a session. The single-instance lock covers one user on one machine, but a library on
 * a shared or synced drive is opened by several: the instance running a session keeps a lock
 * file beside its record, and the others leave the record alone until it ends.
 */
const lockSchema = z.object({
  owner: z.string(),
  host: z.string(),
  pid: z.number().int(),
  /** When the owner last wrote to the session (epoch ms). */
  at: z.number(),
})
type Lock = z.infer<typeof lockSchema>

/** An owner on another computer that has not written for this long has stopped. */
const STALE_AFTER_MS = 60 * 60_000

// Instances running in this process: a lock naming this process and another instance is stale
// once that instance has stopped.
const runningHere = new Set<string>()

export function lockPathFor(sessionPath: string): string {
  return join(dirname(sessionPath), `.${basename(sessionPath)}.lock`)
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM'
  }
}

function isStale(lock: Lock, now: number): boolean {
  if (lock.host !== hostname()) return now - lock.at > STALE_AFTER_MS
  if (lock.pid === process.pid) return !runningHere.has(lock.owner)
  return !isProcessAlive(lock.pid)
}

/** One instance's claim on the sessions it runs. */
export class SessionLocks {
  readonly owner = randomUUID()

  constructor() {
    runningHere.add(this.owner)
  }

  /** Where another running instance holds a session, a description of it; null when free or ours. */
  async heldElsewhere(sessionPath: string, now: number): Promise<string | null> {
    let lock: Lock
    try {
      lock = lockSchema.parse(JSON.parse(await readFile(lockPathFor(sessionPath), 'utf8')))
    } catch {
      // No lock, or one that cannot be read: no running instance is keeping it current.
      return null
    }
    if (lock.owner === this.owner || isStale(lock, now)) return null
    return lock.host === hostname() ? 'another window of the app' : lock.host
  }

  /** Takes or refreshes the lock; it needs no flush, since a lost lock is only a stale one. */
  async hold(sessionPath: string, now: number): Promise<void> {
    const lock: Lock = { owner: this.owner, host: hostname(), pid: process.pid, at: now }
    await writeFile(lockPathFor(sessionPath), `${JSON.stringify(lock)}\n`)
  }

  async release(sessionPath: string): Promise<void> {
    if ((await this.heldElsewhere(sessionPath, Date.now())) !== null) return
    await rm(lockPathFor(sessionPath), { force: true })
  }

  /** This instance stops: its locks are stale from now on. */
  dispose(): void {
    runningHere.delete(this.owner)
  }
}
