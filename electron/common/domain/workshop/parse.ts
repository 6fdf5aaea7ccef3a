import { z } from 'zod'
import { messageRef, type MessageRef } from '../../i18n/message-ref'
import { findJsonError } from './json-error'
import { migrateToCurrent } from './migrations'
import { WORKSHOP_SCHEMA_REF } from './json-schema'
import { workshopSchema, type Workshop } from './schema'

/**
 * What is wrong with a workshop file, named rather than worded, so whoever shows it says it in
 * its own language (see `describeWorkshopProblem`): one sentence about the whole file (not JSON,
 * not a workshop), one line about its format version, or its fields' validation issues.
 */
export type WorkshopProblem =
  | { kind: 'wholeFile'; message: MessageRef }
  | { kind: 'version'; message: MessageRef }
  | { kind: 'issues'; issues: readonly z.core.$ZodIssue[] }

/** The outcome of reading a workshop file's text. */
export type ParsedWorkshop =
  { ok: true; workshop: Workshop } | { ok: false; problem: WorkshopProblem }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Reads JSON text, saying in plain words where it stops being JSON ("line 3, column 7") rather
 * than passing on the engine's wording. A byte-order mark, which some editors write, is skipped.
 */
export function parseJsonText(
  text: string,
): { ok: true; data: unknown } | { ok: false; problem: WorkshopProblem } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    return { ok: true, data: JSON.parse(body) as unknown }
  } catch {
    return { ok: false, problem: { kind: 'wholeFile', message: describeJsonError(body) } }
  }
}

function describeJsonError(text: string): MessageRef {
  if (text.trim() === '') return messageRef('errors.library.emptyFile')
  const place = findJsonError(text)
  if (place === null) return messageRef('errors.library.notJson')
  const { line, column, found } = place
  return found === null
    ? messageRef('errors.library.notJsonEndsEarly', { line, column })
    : messageRef('errors.library.notJsonAt', { line, column, found })
}

/**
 * Tells a file that is no workshop at all (a package.json, a list) from a workshop with a bad
 * field, so the first gets one plain sentence instead of a schema message about its first key.
 * Only workshop files carry `schemaVersion`, so a file with one is a workshop whatever else is
 * wrong with it. Null when the data looks like a workshop.
 */
export function describeNotAWorkshop(data: unknown): MessageRef | null {
  if (Array.isArray(data)) return messageRef('errors.workshopFile.list')
  if (!isRecord(data)) return messageRef('errors.workshopFile.singleValue')
  if ('schemaVersion' in data) return null
  if (!('exercises' in data)) return messageRef('errors.workshopFile.noExercises')
  if (!('title' in data)) return messageRef('errors.workshopFile.noTitle')
  return null
}

/**
 * Reads a workshop file's text: JSON, then migration to the current format, then validation.
 * Never throws. A file that is not JSON, or not a workshop, gets one plain sentence; a workshop
 * with a bad field gets its issues, which name the field (`exercises[3].phases[0].minutes: …`).
 */
export function parseWorkshopText(text: string): ParsedWorkshop {
  const json = parseJsonText(text)
  if (!json.ok) return json
  return parseWorkshopData(json.data)
}

let compiledSchema: typeof workshopSchema | undefined

/**
 * The workshop schema compiled into one generated function (zod's `compile`): a valid file
 * checks five times quicker than through the schema's general parser, which is what a library of
 * hundreds of files costs on a first start. Data the compiled check refuses goes through that
 * general parser after all, so every message names the same field in the same words. Compiled at
 * the first workshop read, not at start, and only where workshops are read from files (the main
 * process): the renderer's content policy allows no generated code.
 */
export function compiledWorkshopSchema(): typeof workshopSchema {
  compiledSchema ??= z.compile(workshopSchema)
  return compiledSchema
}

/**
 * Migrates and validates already-parsed JSON data. Never throws. A `$schema` key, which names the
 * published format for editors, is accepted and left out of the workshop.
 */
export function parseWorkshopData(input: unknown): ParsedWorkshop {
  const data = withoutSchemaKey(input)
  const notAWorkshop = describeNotAWorkshop(data)
  if (notAWorkshop !== null)
    return { ok: false, problem: { kind: 'wholeFile', message: notAWorkshop } }
  if (isRecord(data) && 'pictures' in data)
    return {
      ok: false,
      problem: { kind: 'wholeFile', message: messageRef('errors.workshopFile.withPictures') },
    }
  const migrated = migrateToCurrent(data)
  if (!migrated.ok) return { ok: false, problem: { kind: 'version', message: migrated.message } }
  const result = compiledWorkshopSchema().safeParse(migrated.data)
  if (!result.success)
    return { ok: false, problem: { kind: 'issues', issues: result.error.issues } }
  return { ok: true, workshop: result.data }
}

function withoutSchemaKey(data: unknown): unknown {
  if (!isRecord(data) || !('$schema' in data)) return data
  return Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema'))
}

/**
 * The text a workshop is saved as: stable, human-readable JSON with a final newline, naming the
 * published format (copied beside it in the library folder) so editors check it.
 */
export function serializeWorkshop(workshop: Workshop): string {
  return `${JSON.stringify({ $schema: WORKSHOP_SCHEMA_REF, ...workshop }, null, 2)}\n`
}
