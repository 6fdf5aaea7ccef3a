import { z } from 'zod'
import { workshopSchema } from './schema'

/** The published schema's file name in the app's resources/. */
export const WORKSHOP_SCHEMA_FILE = 'workshop.schema.json'

/**
 * Its copy's name in the library folder: hidden, like the app's other files there, so the folder
 * shows people their workshops and nothing else.
 */
export const LIBRARY_SCHEMA_FILE = `.${WORKSHOP_SCHEMA_FILE}`

/**
 * What a library file names as its `$schema`: the copy beside it in the library folder, so an
 * editor checks and completes a hand-edited file offline.
 */
export const WORKSHOP_SCHEMA_REF = `./${LIBRARY_SCHEMA_FILE}`

type JsonSchema = Record<string, unknown>

// Hover text for the fields people edit by hand, by the object they belong to. Kept here rather
// than as metadata on the zod schema, so the format's definition stays as it reads today.
const descriptions: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  workshop: {
    $schema: 'Where this file’s format is described; Facilitator writes it and ignores it.',
    schemaVersion: 'The version of the workshop format this file uses.',
    title: 'Short enough to read from the back of a room; the subtitle carries the rest.',
    subtitle: 'A line under the title, on the room screen and the cover.',
    description: 'What the workshop is, for the library and the participant pack.',
    audience: 'Who the workshop is for.',
    credits: 'Credit lines, printed on the handouts.',
    plannedStart: 'Planned start as 24-hour "HH:MM" local time, or null when there is none.',
    roomTheme: 'The room screen’s look: dark for dim rooms, light for bright ones.',
    pairing: 'How people pair up: "onePartner" all day, or "newPartners" each exercise.',
    feedbackUrl: 'An https link for feedback, printed at the close as a QR code and as text.',
    copyOf: 'The title of the workshop this one was duplicated from.',
    warningSeconds: 'Seconds before the end of a phase at which the room gets the softer warning.',
    focusAreas: 'The themes the exercises belong to.',
    exercises: 'The agenda in order: exercises and breaks (at most 200).',
  },
  exercise: {
    kind: '"exercise": a timed activity with phases and a worksheet.',
    id: 'Unique within the workshop: lowercase letters, digits and dashes.',
    title: 'The exercise’s name on the room screen and the handouts.',
    focusAreaId: 'The id of the focus area it belongs to, or null.',
    purpose: 'What the exercise is for, printed on its worksheet.',
    format: 'How people are grouped across its phases.',
    materials: 'What to bring, one item each.',
    facilitatorNotes: 'Notes for the facilitator only, never shown on the room screen.',
    guideTypicalMinutes: 'The guide’s suggested length, as { "min": …, "max": … }, or null.',
    flexible: 'May be shortened in proportion when the schedule runs late.',
    optional: 'May be dropped when the schedule runs late.',
    phases: 'The timed steps the room sees, in order.',
    worksheet: 'What participants write on.',
    authoringNotes: 'Notes about the sources, kept in the file and never printed.',
  },
  break: {
    kind: '"break": a pause with a countdown and nothing to print.',
    id: 'Unique within the workshop: lowercase letters, digits and dashes.',
    title: 'The break’s name on the room screen.',
    minutes: 'How long the break lasts, in minutes.',
    roomText: 'What the room screen says during the break.',
    note: 'The facilitator’s own note; never shown on the room screen.',
  },
  phase: {
    label: 'The phase’s name on the room screen.',
    minutes: 'How long the phase lasts, in minutes (at most 600).',
    grouping: 'How people are grouped: solo, pairs, trios, smallGroups or wholeRoom.',
    prompts: 'What the room screen asks, one prompt each (at most 12).',
    roomPrompts:
      'A shorter wording for the room screen when the prompts do not fit; worksheets and phones keep the prompts.',
    image: 'A picture shown during the phase, by its content reference.',
    advancesAutomatically: 'When true the run moves on at zero instead of going into overtime.',
  },
}

function kindOf(properties: Record<string, JsonSchema>): string | null {
  const kind = properties.kind?.const
  if (kind === 'exercise' || kind === 'break') return kind
  if ('schemaVersion' in properties) return 'workshop'
  if ('label' in properties && 'grouping' in properties) return 'phase'
  return null
}

/**
 * Walks the generated schema: adds the hover text, and makes every text that must not be empty
 * also not blank, as the app trims such texts before it checks them.
 */
function annotate(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) annotate(child)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const schema = node as JsonSchema
  if (schema.type === 'string' && schema.minLength === 1 && schema.pattern === undefined)
    schema.pattern = '\\S'
  const properties = schema.properties as Record<string, JsonSchema> | undefined
  if (properties !== undefined) {
    const kind = kindOf(properties)
    for (const [name, property] of Object.entries(properties)) {
      const text = kind === null ? undefined : descriptions[kind]?.[name]
      if (text !== undefined) property.description ??= text
    }
  }
  for (const child of Object.values(schema)) annotate(child)
}

/**
 * The workshop format as JSON Schema (draft 2020-12), generated from the zod schema as files are
 * written (defaults may be left out), with hover text. Files name it with `"$schema"`, which the
 * app accepts and ignores. What JSON Schema cannot say (ids unique within a file, focus areas
 * that exist, a typical time's max at least its min) only the app checks.
 */
export function buildWorkshopJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(workshopSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as JsonSchema
  const properties = {
    $schema: { type: 'string' },
    ...(generated.properties as Record<string, JsonSchema>),
  }
  const schema: JsonSchema = {
    $schema: generated.$schema,
    title: 'Facilitator workshop',
    description:
      'A workshop file of Facilitator: its exercises, breaks, phases and worksheets. Ids must be unique within the file and focusAreaId must name a focus area; Facilitator checks those when it reads the file.',
    ...generated,
    properties,
  }
  schema.$schema = generated.$schema
  annotate(schema)
  return schema
}

/** The published schema's text, as shipped in resources/ and copied into the library folder. */
export function serializeWorkshopJsonSchema(): string {
  return `${JSON.stringify(buildWorkshopJsonSchema(), null, 2)}\n`
}
