import type { Logger } from '../services/logger'

/** How long quitting waits for pending writes: a dead network drive must not hold the app open. */
export const QUIT_FLUSH_LIMIT_MS = 5_000

/**
 * Waits for `flush` for at most `limitMs`. It never rejects: a write that failed or did not
 * finish is logged, with the files still being written, and the quit goes on.
 */
export async function flushWithin(
  flush: Promise<void>,
  unfinished: () => string[],
  log: Logger,
  limitMs = QUIT_FLUSH_LIMIT_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), limitMs)
  })
  try {
    const outcome = await Promise.race([flush.then(() => 'flushed' as const), timedOut])
    if (outcome === 'timed-out') {
      const files = unfinished()
      log.error(
        `Quit after ${String(limitMs)} ms without every write finishing: ${files.length > 0 ? files.join(', ') : 'an unknown write'}`,
      )
    }
  } catch (error) {
    log.error('A write failed while quitting', error)
  } finally {
    clearTimeout(timer)
  }
}
