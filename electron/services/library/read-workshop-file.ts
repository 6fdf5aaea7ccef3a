import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { parseWorkshopText } from '@common/domain/workshop/parse'
import type { Workshop } from '@common/domain/workshop/schema'
import { describeFileError } from '../storage/durable-write'

/**
 * A workshop file as read from disk: its content revision, and the workshop or what is wrong.
 * A file that could not be read at all may read fine later with the same size and modification
 * time (its permissions changed, a drive came back), so `unreadable` keeps it apart from text
 * that does not validate.
 */
export type WorkshopFileRead =
  | { ok: true; workshop: Workshop; revision: string }
  | { ok: false; message: string; unreadable: boolean }

/** A short fingerprint of a file's text, to notice changes made by someone else. */
export function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** Reads, migrates and validates one workshop file. Never throws. */
export async function readWorkshopFile(path: string): Promise<WorkshopFileRead> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return { ok: false, message: `cannot be read: ${describeFileError(error)}`, unreadable: true }
  }
  const parsed = parseWorkshopText(text)
  if (!parsed.ok) return { ok: false, message: parsed.message, unreadable: false }
  return { ok: true, workshop: parsed.workshop, revision: revisionOf(text) }
}
