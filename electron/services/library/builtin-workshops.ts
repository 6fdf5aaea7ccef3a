import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Workshop } from '@common/domain/workshop/schema'
import { isWorkshopFileName } from './file-names'
import { readWorkshopFile } from './read-workshop-file'

/** A workshop shipped with the app, read once at start-up. */
export interface BuiltinWorkshop {
  id: string
  workshop: Workshop
  revision: string
}

/**
 * Reads the workshops under `resources/workshops`. A built-in file that does not validate is a
 * packaging bug, so it throws with the file and field rather than hiding the workshop.
 */
export async function loadBuiltinWorkshops(folder: string): Promise<BuiltinWorkshop[]> {
  const names = (await readdir(folder)).filter(isWorkshopFileName).sort()
  return Promise.all(
    names.map(async (name) => {
      const read = await readWorkshopFile(join(folder, name))
      if (!read.ok) throw new Error(`Built-in workshop ${name} is invalid: ${read.message}`)
      return {
        id: name.replace(/\.workshop\.json$/, ''),
        workshop: read.workshop,
        revision: read.revision,
      }
    }),
  )
}
