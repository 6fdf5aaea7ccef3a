import { z } from 'zod'
import { messageRef, type MessageRef } from '../../i18n/message-ref'
import { CURRENT_SCHEMA_VERSION, workshopSchema } from './schema'

/** Turns a file of version N into one of version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * Version 1 showed a break's `note` on the room screen. Version 2 separates what the room shows
 * (`roomText`) from the facilitator's own `note`, so a version-1 note becomes the room text: the
 * room keeps showing what the author wrote for it, and the editor now labels it as such.
 */
const fromVersion1: Migration = (data) => {
  if (!Array.isArray(data.exercises)) return data
  const exercises: unknown[] = data.exercises.map((item: unknown) => {
    if (!isRecord(item) || item.kind !== 'break' || !('note' in item)) return item
    const { note, ...rest } = item
    return { ...rest, roomText: note }
  })
  return { ...data, exercises }
}

/**
 * Migrations keyed by the version they migrate *from*. When the format changes, bump
 * CURRENT_SCHEMA_VERSION, add the step here and a fixture of the old version under tests/fixtures
 * (a test checks both exist).
 */
export const migrations: Readonly<Record<number, Migration>> = { 1: fromVersion1 }

/** Migrated data, or what stops the migration (one line naming `schemaVersion` or the top level). */
export type MigrationResult =
  { ok: true; data: Record<string, unknown> } | { ok: false; message: MessageRef }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A workshop as stored inside another record (a session, a restore point): migrated on the way in,
 * so records written by an older version still read. Data that cannot be migrated is passed on
 * unchanged for the schema to report.
 */
export const storedWorkshopSchema = z.preprocess((data) => {
  const migrated = migrateToCurrent(data)
  return migrated.ok ? migrated.data : data
}, workshopSchema)

/** Brings parsed JSON of any supported version up to the current one. Never throws. */
export function migrateToCurrent(data: unknown): MigrationResult {
  if (!isRecord(data)) return { ok: false, message: messageRef('errors.workshopFile.notAnObject') }
  const version = data.schemaVersion
  const current = String(CURRENT_SCHEMA_VERSION)
  if (version === undefined)
    return { ok: false, message: messageRef('errors.workshopFile.noVersion', { version: current }) }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: messageRef('errors.workshopFile.badVersion') }
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      message: messageRef('errors.workshopFile.newerVersion', {
        version: String(version),
        current,
      }),
    }
  }
  let migrated = data
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from += 1) {
    const step = migrations[from]
    if (step === undefined) {
      return {
        ok: false,
        message: messageRef('errors.workshopFile.noMigration', { version: String(from) }),
      }
    }
    migrated = { ...step(migrated), schemaVersion: from + 1 }
  }
  return { ok: true, data: migrated }
}
