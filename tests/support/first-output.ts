import type { ChildProcess } from 'node:child_process'

/**
 * Resolves once the child has printed something (its first acknowledged write), or has exited, or
 * after `limitMs`. Kill tests time their kills from here, so that a slow start on a busy machine
 * does not turn every kill into a kill before anything was written.
 */
export function firstOutput(child: ChildProcess, limitMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    const timer = setTimeout(done, limitMs)
    child.stdout?.once('data', done)
    child.once('exit', done)
  })
}
