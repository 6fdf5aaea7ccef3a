import { existsSync, watch, type FSWatcher } from 'node:fs'

/**
 * Calls `onChange` once things settle after files in a folder are added, changed or removed
 * (by the app or by anyone else). Editors and sync tools touch files in bursts, hence the delay.
 *
 * A folder that goes away (deleted, or its drive removed) counts as a change, and is then looked
 * for every `retryMs` until it is back: its return is a change too, and watching resumes. A folder
 * missing from the start is waited for the same way.
 */
export function watchFolder(
  folder: string,
  onChange: () => void,
  settleMs = 200,
  retryMs = 2000,
): () => void {
  let settle: NodeJS.Timeout | undefined
  let retry: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined
  let stopped = false

  const changed = () => {
    clearTimeout(settle)
    settle = setTimeout(onChange, settleMs)
  }

  const waitForReturn = () => {
    watcher?.close()
    watcher = undefined
    if (stopped || retry !== undefined) return
    retry = setInterval(() => {
      if (!existsSync(folder)) return
      clearInterval(retry)
      retry = undefined
      start()
      changed()
    }, retryMs)
    // Waiting for a drive must never keep the app from quitting.
    retry.unref()
  }

  const start = () => {
    if (stopped) return
    try {
      watcher = watch(folder, { persistent: false }, () => {
        changed()
        if (!existsSync(folder)) waitForReturn()
      })
      watcher.on('error', waitForReturn)
    } catch {
      waitForReturn()
    }
  }

  start()
  return () => {
    stopped = true
    clearTimeout(settle)
    clearInterval(retry)
    watcher?.close()
  }
}
