import { hostname } from 'node:os'
import { open, readFile, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { isOneOf } from './durable-write'

/** A lock held longer than this was left by a crash: a save holds it for milliseconds. */
const STALE_AFTER_MS = 30_000
/** How long a call waits for another app instance to finish with a file before giving up. */
const WAIT_MS = 2_000
const RETRY_MS = 25

/** Where the lock on a file is kept: a hidden sibling, so listings never show it. */
export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`)
}

/** What a lock file says about its holder: `host pid`. */
const holder = `${hostname()} ${String(process.pid)}`

/**
 * Locks on files, so that a read-check-write on one file (a save that compares revisions, a
 * rename, a delete) never interleaves with another on the same file. Calls in this process wait
 * their turn in order; another app instance is kept out by a lock file beside the file, created
 * exclusively. A lock file whose holder is gone (a process of this computer that no longer runs,
 * or one older than {@link STALE_AFTER_MS}) is taken over.
 */
export class FileLocks {
  private readonly tails = new Map<string, Promise<unknown>>()

  /**
   * Runs `work` while holding the lock on `path`, and returns what it returns; or `busy` when
   * another app instance keeps the file for longer than {@link WAIT_MS}.
   */
  async hold<T>(path: string, work: () => Promise<T>): Promise<T | 'busy'> {
    const before = this.tails.get(path) ?? Promise.resolve()
    const turn = before.then(async () => {
      const lockPath = lockPathFor(path)
      if (!(await acquire(lockPath))) return 'busy' as const
      try {
        return await work()
      } finally {
        // A lock file that cannot be removed is taken over once stale.
        await rm(lockPath, { force: true }).catch(() => undefined)
      }
    })
    // The caller gets this turn's failure from `turn`; the next holder only waits for it to end.
    const tail = turn.catch(() => undefined)
    this.tails.set(path, tail)
    try {
      return await turn
    } finally {
      if (this.tails.get(path) === tail) this.tails.delete(path)
    }
  }
}

async function acquire(lockPath: string): Promise<boolean> {
  const deadline = Date.now() + WAIT_MS
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx')
      try {
        await handle.writeFile(holder)
      } catch (error) {
        // A full disk lets the empty lock file be made but not its holder written: a lock left
        // so would read as another instance's for the next half minute, and refuse every retry.
        await handle.close()
        await rm(lockPath, { force: true })
        throw error
      }
      await handle.close()
      return true
    } catch (error) {
      if (!isOneOf(error, ['EEXIST'])) throw error
    }
    if (await isStale(lockPath)) {
      // Another instance may break the same stale lock at once; the exclusive create decides.
      await rm(lockPath, { force: true })
      continue
    }
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
  }
}

async function isStale(lockPath: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(lockPath), readFile(lockPath, 'utf8')])
    if (Date.now() - info.mtimeMs > STALE_AFTER_MS) return true
    const [host, pid] = text.split(' ')
    return host === hostname() && pid !== undefined && !isRunning(Number(pid))
  } catch {
    // Gone meanwhile: free to try again. Half-written by its holder: give it time.
    return false
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return isOneOf(error, ['EPERM'])
  }
}
