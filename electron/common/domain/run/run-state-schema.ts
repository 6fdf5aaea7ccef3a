import { z } from 'zod'
import { workshopRefSchema } from '../../api/library-types'
import { storedWorkshopSchema } from '../workshop/migrations'
import { roomThemeSchema } from '../workshop/schema'

/** Where a session is: not started yet, counting, paused, or over. */
export const runStatusSchema = z.enum(['ready', 'running', 'paused', 'ended'])
export type RunStatus = z.infer<typeof runStatusSchema>

/** Something that happened in the room, kept for the session record. */
export const runEventSchema = z.strictObject({
  at: z.number(),
  kind: z.enum([
    'started',
    'phaseStarted',
    'paused',
    'resumed',
    'timeAdjusted',
    'skipped',
    'retimed',
    'ended',
    'reopened',
  ]),
  itemIndex: z.number().int().min(0),
  phaseIndex: z.number().int().min(0),
  /** For `timeAdjusted`: milliseconds added (negative when removed). */
  amountMs: z.number().optional(),
})
export type RunEvent = z.infer<typeof runEventSchema>

/**
 * The one authoritative state of a running session, held by the main process and sent to both
 * windows. It stores timestamps, never a ticking counter: remaining time is always derived from
 * it and the current time, so nothing drifts and a restart resumes with the right time.
 */
export const runStateSchema = z.strictObject({
  sessionId: z.string().min(1).max(64),
  workshopRef: workshopRefSchema,
  /** The workshop as it is being run (re-timing changes this copy, never the file). */
  workshop: storedWorkshopSchema,
  /** Planned length when the session started, to tell ahead from behind. */
  plannedTotalMinutes: z.number().min(0),
  status: runStatusSchema,
  itemIndex: z.number().int().min(0),
  phaseIndex: z.number().int().min(0),
  /** When the current phase last started or resumed counting (epoch ms); null unless running. */
  runningSince: z.number().nullable(),
  /** How long the current phase had counted before `runningSince`. */
  elapsedBeforeMs: z.number().min(0),
  /** Time added to (or, negative, removed from) the current phase. */
  adjustmentMs: z.number(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  /** A message shown to the room as a banner, or null. */
  message: z.string().max(280).nullable(),
  /** True while the room screen is blanked. */
  blanked: z.boolean(),
  /** The colour of the blank screen: black (B or .) or white (W), as in a slide show. */
  blankColour: z.enum(['black', 'white']).default('black'),
  /** When the facilitator last asked the room to flash for attention (epoch ms), or null. */
  flashAt: z.number().nullable().default(null),
  /** True when the room shows the time of day beside the countdown. */
  showTimeOfDay: z.boolean().default(false),
  /** This session's room theme, or null to use the workshop's. */
  roomTheme: roomThemeSchema.nullable().default(null),
  /** An end time the facilitator must keep, as "HH:MM" on the session's day, or null. */
  lockedEnd: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  log: z.array(runEventSchema),
})
export type RunState = z.infer<typeof runStateSchema>
