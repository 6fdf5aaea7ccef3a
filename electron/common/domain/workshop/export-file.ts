import { z } from 'zod'
import { WORKSHOP_SCHEMA_REF } from './json-schema'
import {
  parseJsonText,
  parseWorkshopData,
  serializeWorkshop,
  type ParsedWorkshop,
  type WorkshopProblem,
} from './parse'
import { imageRefSchema, type Workshop } from './schema'

/**
 * The pictures of an exported workshop, by reference, as base64. Only export files carry them: a
 * library file names its pictures and the library's picture store holds the bytes, so autosave
 * never rewrites a picture. An export is one file to mail or copy to another computer, so it
 * carries the bytes along, and Import puts them back in that library's store.
 */
export const embeddedPicturesSchema = z.record(
  imageRefSchema,
  z
    .string({ error: 'expected a picture as base64 text' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'expected a picture as base64 text' }),
  { error: 'expected the pictures as an object of reference: base64 text' },
)
export type EmbeddedPictures = z.infer<typeof embeddedPicturesSchema>

/** Every picture reference a workshop uses, each once. */
export function pictureRefsOf(workshop: Workshop): string[] {
  const refs = new Set<string>()
  for (const item of workshop.exercises) {
    if (item.kind !== 'exercise') continue
    for (const phase of item.phases) if (phase.image !== undefined) refs.add(phase.image.ref)
  }
  return [...refs]
}

/**
 * The text of an export: the workshop as in its library file, with its pictures last under
 * `pictures`. Without pictures it is exactly a library file.
 */
export function serializeExport(workshop: Workshop, pictures: EmbeddedPictures): string {
  if (Object.keys(pictures).length === 0) return serializeWorkshop(workshop)
  return `${JSON.stringify({ $schema: WORKSHOP_SCHEMA_REF, ...workshop, pictures }, null, 2)}\n`
}

export type ParsedExport =
  | { ok: true; workshop: Workshop; pictures: EmbeddedPictures }
  | { ok: false; problem: WorkshopProblem }

/**
 * Reads a file to import: a library file, or an export with its pictures. The pictures are only
 * checked to be well-formed here; their bytes are checked (type, size, content hash) as they go
 * into the store.
 */
export function parseExportText(text: string): ParsedExport {
  const json = parseJsonText(text)
  if (!json.ok) return json
  const data = json.data
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('pictures' in data))
    return withoutPictures(parseWorkshopData(data))
  const { pictures, ...rest } = data as Record<string, unknown>
  const parsedPictures = embeddedPicturesSchema.safeParse(pictures)
  const workshop = parseWorkshopData(rest)
  if (!workshop.ok) return workshop
  if (!parsedPictures.success)
    return {
      ok: false,
      problem: {
        kind: 'issues',
        issues: parsedPictures.error.issues.map((issue) => ({
          ...issue,
          path: ['pictures', ...issue.path],
        })),
      },
    }
  return { ok: true, workshop: workshop.workshop, pictures: parsedPictures.data }
}

function withoutPictures(parsed: ParsedWorkshop): ParsedExport {
  return parsed.ok ? { ok: true, workshop: parsed.workshop, pictures: {} } : parsed
}
