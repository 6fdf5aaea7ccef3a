import { z } from 'zod'
import { languages, pseudoLanguage } from '../i18n/locales'

const filledLine = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .max(200, { error: `expected ${what} of at most 200 characters` })
    .optional()

/** Which handout to make. */
export const handoutKindSchema = z.enum(['pack', 'runsheet', 'exercise'], {
  error: 'expected one of pack, runsheet, exercise',
})

/** The paper the handout is laid out for. */
export const paperSchema = z.enum(['a4', 'letter'], { error: 'expected a4 or letter' })

/**
 * What to print and how. Date, facilitator and place print as blank lines to fill in by hand
 * unless given; `exerciseId` is required for, and only allowed with, the single-exercise kind.
 */
export const handoutOptionsSchema = z
  .strictObject({
    kind: handoutKindSchema,
    exerciseId: z.string({ error: 'expected an exercise id as text' }).optional(),
    paper: paperSchema,
    largePrint: z.boolean({ error: 'expected true or false' }),
    /**
     * For printing on both sides: each exercise of a pack starts on a right-hand page, so sheets
     * can be handed out one exercise at a time; a left-hand page that would be empty says Notes.
     */
    duplex: z.boolean({ error: 'expected true or false' }).optional(),
    /** How many people are expected, for the run sheet's material quantities (20 if not given). */
    participants: z
      .number({ error: 'expected a number of participants' })
      .int({ error: 'expected a whole number of participants' })
      .min(1, { error: 'expected at least 1 participant' })
      .max(1000, { error: 'expected at most 1000 participants' })
      .optional(),
    /**
     * The language of every word the handout prints around the workshop's own (the workshop's
     * `language`, else English, when not given).
     */
    language: z
      .enum([...languages, pseudoLanguage], {
        error: `expected a language code: ${languages.join(', ')}`,
      })
      .optional(),
    date: filledLine('a date'),
    facilitator: filledLine('a facilitator name'),
    place: filledLine('a place'),
  })
  .superRefine((options, ctx) => {
    if (options.kind === 'exercise' && options.exerciseId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['exerciseId'],
        message: 'expected the id of the exercise to print',
      })
    }
    if (options.kind !== 'exercise' && options.exerciseId !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['exerciseId'],
        message: 'expected no exercise id unless kind is "exercise"',
      })
    }
  })

export type HandoutKind = z.infer<typeof handoutKindSchema>
export type Paper = z.infer<typeof paperSchema>
/** Options for one handout, as validated by {@link handoutOptionsSchema}. */
export type HandoutOptions = z.infer<typeof handoutOptionsSchema>
