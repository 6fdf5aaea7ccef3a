import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LIBRARY_SCHEMA_FILE, WORKSHOP_SCHEMA_FILE } from '@common/domain/workshop/json-schema'
import { writeFileDurably } from '../storage/durable-write'
import type { Logger } from '../logger'

/**
 * Puts the published workshop schema beside the workshops, which name it as `./.workshop.schema.json`,
 * so an editor checks a hand-edited file offline. Written only when missing or out of date; a
 * folder that cannot take it costs the editor its hints, never the app its start, so a failure is
 * logged and passed over.
 */
export async function publishSchema(
  resourcesDir: string,
  folder: string,
  log: Logger,
): Promise<void> {
  const target = join(folder, LIBRARY_SCHEMA_FILE)
  try {
    const text = await readFile(join(resourcesDir, WORKSHOP_SCHEMA_FILE), 'utf8')
    const current = await readFile(target, 'utf8').catch(() => null)
    if (current !== text) await writeFileDurably(target, text)
  } catch (error) {
    log.warn(`The workshop schema could not be copied into ${folder}`, error)
  }
}
