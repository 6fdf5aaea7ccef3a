import { randomBytes } from 'node:crypto'
import { copyFile, link, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Where the previous version of a file is kept: a hidden sibling, so listings never show it. */
export function backupPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.bak`)
}

/** A temp file beside `path`, named so that the start-up cleanup recognises it when left over. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

async function writeAndSync(path: string, text: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    // Text is written as UTF-8; bytes (a PDF) as they are.
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Flushes a folder's entries (a new or renamed file in it) to disk. */
export async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Some platforms cannot open a folder for syncing; the rename
  // is still atomic there, only its durability across power loss is up to the file system.
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    return
  }
}

/**
 * Replaces a file so that at every instant the path holds either the old or the new complete text:
 * write a temp file, flush it to disk, keep the old version as a backup, rename over the old file,
 * then flush the folder. Throws the file system's error (EACCES, ENOSPC, ENOENT) on failure, after
 * removing its temp file.
 */
export async function writeFileDurably(path: string, text: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await writeAndSync(temp, text)
    await keepBackup(path)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

/**
 * Writes a new file, never replacing anything at its path: fails with EEXIST when the path is
 * taken (by a file, readable or not, or anything else), so two writers racing for one name cannot
 * both win. The complete text is flushed to a temp file first and hard-linked into place, which
 * claims the name and fills it in one step. A backup left at the path by an earlier file of that
 * name is removed: it is not this file's previous version and must never be restored over it.
 */
export async function createFileDurably(path: string, text: string): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await writeAndSync(temp, text)
    await claimWith(temp, path, text)
  } finally {
    await rm(temp, { force: true })
  }
  try {
    await rm(backupPathFor(path), { force: true })
  } catch (error) {
    // A create that fails leaves nothing behind, not even the file it claimed.
    await rm(path, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

async function claimWith(temp: string, path: string, text: string): Promise<void> {
  try {
    await link(temp, path)
  } catch (error) {
    // File systems without hard links (FAT, some network drives): an exclusive create claims the
    // name just as surely; only a crash in the moment between can leave the new file short.
    if (!isOneOf(error, ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])) throw error
    await writeAndSync(path, text)
  }
}

async function keepBackup(path: string): Promise<void> {
  const backup = backupPathFor(path)
  const partial = `${backup}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await copyFile(path, partial)
  } catch (error) {
    if (isMissingFile(error)) return
    throw error
  }
  await rename(partial, backup)
}

/** True when something, file or folder, is at the path. */
export async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** True for the error Node raises when a path does not exist. */
export function isMissingFile(error: unknown): boolean {
  return isOneOf(error, ['ENOENT'])
}

/** True when a file system error has one of these codes. */
export function isOneOf(error: unknown, codes: readonly string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code))
}

/** A short, human explanation of a file system error, for messages shown to the user. */
export function describeFileError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder cannot be written (it is read-only or you lack permission)'
    case 'ENOSPC':
      return 'the disk is full'
    case 'ENOENT':
      return 'the folder no longer exists (was a drive removed?)'
    case 'ENOTDIR':
    case 'EEXIST':
      return 'the folder is not there any more (a file stands in its place)'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
