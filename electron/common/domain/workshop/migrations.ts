import { CURRENT_SCHEMA_VERSION } from './schema'

/** Turns a file of version N into one of version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * Migrations keyed by the version they migrate *from*. Version 1 is the first published format, so
 * the chain is empty today; when the format changes, bump CURRENT_SCHEMA_VERSION, add the step here
 * and a fixture of the old version under tests/fixtures (a test checks both exist).
 */
export const migrations: Readonly<Record<number, Migration>> = {}

export type MigrationResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Brings parsed JSON of any supported version up to the current one. Never throws. */
export function migrateToCurrent(data: unknown): MigrationResult {
  if (!isRecord(data)) return { ok: false, message: '(top level): expected a workshop object' }
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: 'schemaVersion: expected a whole number of 1 or more' }
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `schemaVersion: this file uses version ${String(version)}, made by a newer Facilitator; this one reads up to version ${String(CURRENT_SCHEMA_VERSION)}`,
    }
  }
  let current = data
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from += 1) {
    const step = migrations[from]
    if (step === undefined) {
      return { ok: false, message: `schemaVersion: no migration from version ${String(from)}` }
    }
    current = { ...step(current), schemaVersion: from + 1 }
  }
  return { ok: true, data: current }
}
