import { z } from 'zod'
import { roomThemeSchema } from '../workshop/schema'

const blankColourSchema = z.enum(['black', 'white'])

/** What the facilitator can do to a running session; each is one bridge call's argument. */
export const runCommandSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('start') }),
    z.strictObject({ type: z.literal('pause') }),
    z.strictObject({ type: z.literal('resume') }),
    /** Space: start, pause or resume, whichever fits. */
    z.strictObject({ type: z.literal('toggle') }),
    z.strictObject({ type: z.literal('nextPhase') }),
    z.strictObject({ type: z.literal('previousPhase') }),
    z.strictObject({ type: z.literal('nextItem') }),
    z.strictObject({ type: z.literal('previousItem') }),
    z.strictObject({ type: z.literal('jump'), itemIndex: z.number().int().min(0).max(10_000) }),
    z.strictObject({ type: z.literal('adjust'), minutes: z.number().int().min(-60).max(60) }),
    z.strictObject({ type: z.literal('restartPhase') }),
    z.strictObject({ type: z.literal('end') }),
    z.strictObject({
      type: z.literal('message'),
      text: z
        .string()
        .trim()
        .max(280, { error: 'expected a message of at most 280 characters' })
        .nullable(),
    }),
    z.strictObject({
      type: z.literal('blank'),
      on: z.boolean(),
      colour: blankColourSchema.optional(),
    }),
    /**
     * B, `.` or W: flips the blank screen in main, so quick presses never act on a stale state.
     * A press in the other colour switches colour rather than showing the screen.
     */
    z.strictObject({ type: z.literal('toggleBlank'), colour: blankColourSchema.optional() }),
    /** Makes the room's clock and message flash for a moment, to get the room's attention. */
    z.strictObject({ type: z.literal('flash') }),
    z.strictObject({ type: z.literal('showTimeOfDay'), on: z.boolean() }),
    /** This session's room theme; null goes back to the workshop's own. */
    z.strictObject({ type: z.literal('roomTheme'), theme: roomThemeSchema.nullable() }),
    /** Undoes End session: the ended session goes back to paused where it stopped. */
    z.strictObject({ type: z.literal('reopen') }),
    z.strictObject({
      type: z.literal('lockEnd'),
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM (24-hour)' })
        .nullable(),
    }),
    z.strictObject({ type: z.literal('retime'), strategy: z.enum(['shorten', 'dropOptional']) }),
  ],
  { error: 'expected a run command' },
)
export type RunCommand = z.infer<typeof runCommandSchema>
