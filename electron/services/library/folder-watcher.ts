import { watch, type FSWatcher } from 'node:fs'

/**
 * Calls `onChange` once things settle after files in a folder are added, changed or removed
 * (by the app or by anyone else). Editors and sync tools touch files in bursts, hence the delay.
 * A folder that cannot be watched (removed drive) is simply not watched.
 */
export function watchFolder(folder: string, onChange: () => void, settleMs = 200): () => void {
  let timer: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined
  try {
    watcher = watch(folder, { persistent: false }, () => {
      clearTimeout(timer)
      timer = setTimeout(onChange, settleMs)
    })
    watcher.on('error', () => watcher?.close())
  } catch {
    watcher = undefined
  }
  return () => {
    clearTimeout(timer)
    watcher?.close()
  }
}
