import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The temp files {@link writeFileDurably} and its backups use: `.<name>.<12 hex digits>.tmp`. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/

/**
 * How old a temp file must be before it is taken for a leftover. A write holds its temp file for
 * milliseconds, but a second app instance may be writing in the same folder right now, so a fresh
 * one may still be in use; ten minutes is far beyond any write of a file the app keeps.
 */
export const LEFTOVER_AFTER_MS = 10 * 60_000

/**
 * Removes the temp files that writes cut short by a crash or a kill left in a folder. Never
 * throws: a folder that is missing or cannot be read simply keeps its leftovers until next time.
 */
export async function removeLeftoverTempFiles(folder: string, now = Date.now()): Promise<number> {
  let names: string[]
  try {
    names = (await readdir(folder)).filter((name) => TEMP_FILE.test(name))
  } catch {
    return 0
  }
  const removed = await Promise.all(
    names.map(async (name) => {
      const path = join(folder, name)
      try {
        const info = await stat(path)
        if (!info.isFile() || now - info.mtimeMs < LEFTOVER_AFTER_MS) return false
        await rm(path)
        return true
      } catch {
        // Gone already (another instance cleaned it), or not ours to remove: leave it.
        return false
      }
    }),
  )
  return removed.filter(Boolean).length
}
