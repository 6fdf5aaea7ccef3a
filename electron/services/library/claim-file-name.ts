import { readdir } from 'node:fs/promises'
import type { Workshop } from '@common/domain/workshop/schema'
import { isOneOf } from '../storage/durable-write'
import type { Storage } from '../storage/storage'
import { fileNameForTitle, uniqueFileName } from './file-names'
import type { LibraryFolder } from './library-folder'
import { workshopCodec } from './workshop-codec'

/** Enough for any number of calls racing for one name; past it something else is wrong. */
const MAX_NAME_ATTEMPTS = 1000

/**
 * Writes a workshop to a new file named after its title, never over any existing file, and
 * returns the file's name. The name is claimed by an exclusive create, so a name taken meanwhile
 * (by another call, another app, or a file that is not a workshop) moves on to the next one.
 * `ownName` is the file being renamed: its own name counts as free, and when it is the one the
 * title gives, nothing is written and it comes back for the caller to write in place.
 * `wantedName` replaces the name the title gives (a copy's `…-copy` name).
 */
export async function claimFileName(
  folder: LibraryFolder,
  storage: Storage,
  workshop: Workshop,
  ownName: string | null,
  wantedName: string = fileNameForTitle(workshop.title),
): Promise<string> {
  const taken = new Set(await readdir(folder.path))
  if (ownName !== null) taken.delete(ownName)
  for (let attempt = 0; attempt < MAX_NAME_ATTEMPTS; attempt += 1) {
    const fileName = uniqueFileName(wantedName, taken)
    if (fileName === ownName) return fileName
    try {
      await storage.create(folder.pathOf(fileName), workshopCodec, workshop)
      return fileName
    } catch (error) {
      if (!isOneOf(error, ['EEXIST'])) throw error
      taken.add(fileName)
    }
  }
  throw new Error(
    `no free file name for "${workshop.title}" after ${String(MAX_NAME_ATTEMPTS)} tries`,
  )
}
