import { z } from 'zod'
import { languages, pseudoLanguage } from '../../i18n/locales'
import { requiredText } from '../visible-text'

/** The version of the workshop file format this build writes. */
export const CURRENT_SCHEMA_VERSION = 2

/**
 * The most exercises and breaks one workshop holds. The built-in half day has 12; a five-day
 * course at twenty a day has 100. A file with thousands is no workshop anyone runs, and its run
 * sheet alone took minutes and gigabytes to render.
 */
export const MAX_AGENDA_ITEMS = 200

const text = (what: string, max = 2000) => requiredText(what, max)

const optionalText = (what: string, max = 4000) =>
  z.string({ error: `expected ${what} as text` }).max(max, {
    error: `expected ${what} of at most ${String(max)} characters`,
  })

const id = z.string({ error: 'expected an id as text' }).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
  error: 'expected an id of lowercase letters, digits and dashes (at most 64)',
})

const minutes = z
  .number({ error: 'expected a positive number' })
  .positive({ error: 'expected a positive number' })
  .max(600, { error: 'expected at most 600 minutes' })

const count = (what: string, max: number) =>
  z
    .number({ error: `expected a whole number of ${what}` })
    .int({ error: `expected a whole number of ${what}` })
    .min(1, { error: `expected at least 1 ${what.replace(/s$/, '')}` })
    .max(max, { error: `expected at most ${String(max)} ${what}` })

const textList = (what: string, maxItems: number) =>
  z.array(text(what), { error: `expected a list of ${what}s` }).max(maxItems, {
    error: `expected at most ${String(maxItems)} ${what}s`,
  })

/** How people are grouped while a phase runs. */
export const groupingSchema = z.enum(['solo', 'pairs', 'trios', 'smallGroups', 'wholeRoom'], {
  error: 'expected one of solo, pairs, trios, smallGroups, wholeRoom',
})

/** How the room screen is drawn: dark for dim rooms, light for bright ones, or high contrast. */
export const roomThemeSchema = z.enum(['dark', 'light', 'highContrast'], {
  error: 'expected one of dark, light, highContrast',
})

/** A picture's name in the store: the SHA-256 of its bytes, then its type. */
export const imageRefSchema = z
  .string({ error: 'expected an image reference as text' })
  .regex(/^[a-f0-9]{64}\.(png|jpg|svg)$/, {
    error: 'expected an image reference: 64 hex digits, then .png, .jpg or .svg',
  })

/**
 * A picture shown on the room screen during a phase. `ref` names the image by its content
 * (SHA-256 of its bytes and its type), so two workshops using one picture share one copy and a
 * renamed or duplicated workshop never loses it.
 */
export const phaseImageSchema = z.strictObject({
  ref: imageRefSchema,
  alt: text('a description of the picture for people who cannot see it', 300),
  /** Beside the prompts, or filling the screen instead of them. */
  placement: z
    .enum(['beside', 'instead'], { error: 'expected beside or instead' })
    .default('beside'),
})

/** One timed step of an exercise, as the room sees it. */
export const phaseSchema = z.strictObject({
  label: text('a phase label', 120),
  minutes,
  grouping: groupingSchema,
  prompts: textList('prompt', 12),
  /**
   * A shorter wording of the prompts for the room screen, where a phase's full prompts would not
   * fit at a size read from the back of the room; the worksheet, the run sheet and the phones keep
   * `prompts`. Absent or empty: the room shows `prompts`.
   */
  roomPrompts: textList('room prompt', 12).optional(),
  image: phaseImageSchema.optional(),
  /** When true the run moves to the next phase at zero instead of going into overtime. */
  advancesAutomatically: z.boolean({ error: 'expected true or false' }).default(false),
})

/** True for a parsable https URL with a host: the only kind a printed QR code should send people to. */
function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname !== ''
  } catch {
    return false
  }
}

const blockLabel = text('a block label', 200)
/**
 * How long an answer the question expects; the writing space is sized from it (a `lines`
 * block's `lines` then counts the items of a list). Absent: the block's own lines or box size.
 */
const answer = z
  .enum(['word', 'line', 'sentence', 'paragraph', 'list', 'drawing'], {
    error: 'expected word, line, sentence, paragraph, list or drawing',
  })
  .optional()
const hint = optionalText('a hint', 400).optional()

/** The printable parts of a worksheet, each one a kind of writing space. */
export const worksheetBlockSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('lines'),
      label: blockLabel,
      hint,
      lines: count('lines', 40),
      answer,
    }),
    z.strictObject({
      kind: z.literal('box'),
      label: blockLabel,
      hint,
      size: z.enum(['small', 'medium', 'large'], { error: 'expected small, medium or large' }),
      answer,
    }),
    z.strictObject({
      kind: z.literal('table'),
      label: blockLabel,
      hint,
      columns: textList('column heading', 8).min(1, { error: 'expected at least 1 column' }),
      rows: count('rows', 40),
      rowLabels: textList('row label', 40).optional(),
    }),
    z.strictObject({
      kind: z.literal('partnerGrid'),
      label: blockLabel,
      hint,
      fields: textList('field', 20).min(1, { error: 'expected at least 1 field' }),
    }),
    z.strictObject({
      kind: z.literal('timeline'),
      label: blockLabel,
      hint,
      markers: count('markers', 16),
    }),
    z.strictObject({
      kind: z.literal('networkMap'),
      label: blockLabel,
      hint,
      centre: text('the centre label', 40),
      sectors: textList('sector label', 12).min(2, { error: 'expected at least 2 sectors' }),
    }),
    z.strictObject({
      kind: z.literal('checkboxes'),
      label: blockLabel,
      hint,
      items: textList('tick-box item', 20).min(1, { error: 'expected at least 1 item' }),
    }),
  ],
  {
    error:
      'expected a block kind: lines, box, table, partnerGrid, timeline, networkMap or checkboxes',
  },
)

/** One partner (or group) kept all day, or new partners for each exercise in pairs or groups. */
export const pairingPolicySchema = z.enum(['onePartner', 'newPartners'], {
  error: 'expected a pairing of "onePartner" or "newPartners"',
})

/** The guide's own suggested length for an activity, shown to the facilitator as a note. */
export const typicalTimeSchema = z
  .strictObject({ min: minutes, max: minutes })
  .refine((range) => range.max >= range.min, { error: 'expected max to be at least min' })

/** A timed exercise: what the room does, for how long, and what participants write on. */
export const exerciseSchema = z.strictObject({
  kind: z.literal('exercise'),
  id,
  title: text('a title', 120),
  focusAreaId: id.nullable(),
  /** The guide activity this exercise adapts, or null when it is original to the workshop. */
  guideActivity: optionalText('a guide activity name', 200).nullable().default(null),
  purpose: text('a purpose'),
  format: z.array(groupingSchema).min(1, { error: 'expected at least 1 format' }).max(6),
  materials: textList('material', 30),
  facilitatorNotes: textList('facilitator note', 30),
  /**
   * Notes for whoever edits the workshop (where a wording comes from, what the source lacks):
   * kept in the file, never printed and never shown on the room screen.
   */
  authoringNotes: textList('authoring note', 30).optional(),
  guideTypicalMinutes: typicalTimeSchema.nullable().default(null),
  /** Flexible exercises may be shortened in proportion when the schedule runs late. */
  flexible: z.boolean({ error: 'expected true or false' }).default(true),
  /** Optional exercises may be dropped when the schedule runs late. */
  optional: z.boolean({ error: 'expected true or false' }).default(false),
  phases: z.array(phaseSchema).min(1, { error: 'expected at least 1 phase' }).max(20),
  worksheet: z.strictObject({
    blocks: z.array(worksheetBlockSchema).min(1, { error: 'expected at least 1 block' }).max(30),
  }),
})

/** A pause in the programme: a countdown on the room screen and nothing to print. */
export const breakSchema = z.strictObject({
  kind: z.literal('break'),
  id,
  title: text('a title', 120),
  minutes,
  /** What the room screen says during the break, for participants. */
  roomText: optionalText('text for the room', 400).default(''),
  /** The facilitator's own note (set-up, reminders); never shown on the room screen. */
  note: optionalText('a note', 400).optional(),
})

export const agendaItemSchema = z.discriminatedUnion('kind', [exerciseSchema, breakSchema], {
  error: 'expected kind "exercise" or "break"',
})

export const focusAreaSchema = z.strictObject({
  id,
  title: text('a title', 120),
  overview: text('an overview', 4000),
})

/** A workshop file in the current format. The types below are inferred from it. */
export const workshopSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, {
      error: `expected schemaVersion ${String(CURRENT_SCHEMA_VERSION)}`,
    }),
    /** Short enough to read from the back of a room; the subtitle carries the rest. */
    title: text('a title', 160),
    subtitle: optionalText('a subtitle', 200).default(''),
    description: optionalText('a description'),
    audience: optionalText('an audience', 400),
    credits: textList('credit line', 10),
    /** Planned start as 24-hour "HH:MM" local time, or null when the workshop has no fixed start. */
    plannedStart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM (24-hour)' })
      .nullable()
      .default(null),
    /**
     * Where participants give feedback after the day (https only). The pack prints it as a QR code
     * with the link beside it; a workshop without one never asks anyone to scan anything.
     */
    feedbackUrl: z
      .string({ error: 'expected a feedback link as text' })
      .trim()
      .max(500, { error: 'expected a feedback link of at most 500 characters' })
      .refine(isHttpsUrl, {
        error: 'expected a full https:// link, such as https://example.org/feedback',
      })
      .optional(),
    /**
     * The language of everything around the workshop's own words that the room, the phones and the
     * printed pages show ("Next", "Page 3 of 24"): en, es, fr or de (en-XA, a stretched English,
     * tests layouts). The workshop's own text is never translated. English when absent.
     */
    language: z
      .enum([...languages, pseudoLanguage], {
        error: `expected a language code: ${languages.join(', ')}`,
      })
      .optional(),
    /** The room screen's look; a session may override it. */
    roomTheme: roomThemeSchema.default('dark'),
    /**
     * How people pair up across the day, as the workshop's own text tells them: one partner all
     * day, or new partners each exercise. The console's roster panel starts from it.
     */
    pairing: pairingPolicySchema.default('newPartners'),
    /**
     * The title of the workshop this one was duplicated from, so the library can tell a copy from
     * its original while both keep the title the room shows. Never shown on the room screen.
     */
    copyOf: optionalText('the title of the original workshop', 160).optional(),
    /** Seconds before the end of a phase at which the room gets the softer warning. */
    warningSeconds: z
      .number({ error: 'expected a number of seconds' })
      .int({ error: 'expected a whole number of seconds' })
      .min(0)
      .max(1800)
      .default(60),
    focusAreas: z.array(focusAreaSchema, { error: 'expected a list of focus areas' }).max(12),
    /**
     * At most {@link MAX_AGENDA_ITEMS}: far beyond any real programme, and a bound on what one
     * file can cost to list, open and print.
     */
    exercises: z
      .array(agendaItemSchema)
      .min(1, { error: 'expected at least 1 exercise' })
      .max(MAX_AGENDA_ITEMS, {
        error: `expected at most ${String(MAX_AGENDA_ITEMS)} exercises and breaks`,
      }),
  })
  .superRefine((workshop, ctx) => {
    const areaIds = new Set(workshop.focusAreas.map((area) => area.id))
    const seen = new Set<string>()
    workshop.exercises.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exercises', index, 'id'],
          message: `expected a unique id, "${item.id}" is used twice`,
        })
      }
      seen.add(item.id)
      if (item.kind === 'exercise' && item.focusAreaId !== null && !areaIds.has(item.focusAreaId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exercises', index, 'focusAreaId'],
          message: `expected one of the focus area ids, got "${item.focusAreaId}"`,
        })
      }
    })
  })

export type Grouping = z.infer<typeof groupingSchema>
export type RoomTheme = z.infer<typeof roomThemeSchema>
export type PairingPolicy = z.infer<typeof pairingPolicySchema>
export type PhaseImage = z.infer<typeof phaseImageSchema>
export type Phase = z.infer<typeof phaseSchema>
export type WorksheetBlock = z.infer<typeof worksheetBlockSchema>
export type Exercise = z.infer<typeof exerciseSchema>
export type Break = z.infer<typeof breakSchema>
export type AgendaItem = z.infer<typeof agendaItemSchema>
export type FocusArea = z.infer<typeof focusAreaSchema>
export type Workshop = z.infer<typeof workshopSchema>
/** A workshop as written in a file, before defaults are filled in. */
export type WorkshopInput = z.input<typeof workshopSchema>
