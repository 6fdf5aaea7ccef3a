import { formatIssues } from '../validation-message'
import { migrateToCurrent } from './migrations'
import { workshopSchema, type Workshop } from './schema'

/** The outcome of reading a workshop file's text. */
export type ParsedWorkshop = { ok: true; workshop: Workshop } | { ok: false; message: string }

/**
 * Reads a workshop file's text: JSON, then migration to the current format, then validation.
 * Never throws; a failure's message names the field (`exercises[3].phases[0].minutes: …`).
 */
export function parseWorkshopText(text: string): ParsedWorkshop {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `not valid JSON (${reason})` }
  }
  return parseWorkshopData(data)
}

/** Migrates and validates already-parsed JSON data. Never throws. */
export function parseWorkshopData(data: unknown): ParsedWorkshop {
  const migrated = migrateToCurrent(data)
  if (!migrated.ok) return migrated
  const result = workshopSchema.safeParse(migrated.data)
  if (!result.success) return { ok: false, message: formatIssues(result.error.issues) }
  return { ok: true, workshop: result.data }
}

/** The text a workshop is saved as: stable, human-readable JSON with a final newline. */
export function serializeWorkshop(workshop: Workshop): string {
  return `${JSON.stringify(workshop, null, 2)}\n`
}
