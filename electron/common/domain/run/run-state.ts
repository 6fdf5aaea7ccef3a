import { z } from 'zod'
import { workshopRefSchema } from '../../api/library-types'
import { workshopSchema, type AgendaItem, type Grouping } from '../workshop/schema'

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
  workshop: workshopSchema,
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
  /** An end time the facilitator must keep, as "HH:MM" on the session's day, or null. */
  lockedEnd: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  log: z.array(runEventSchema),
})
export type RunState = z.infer<typeof runStateSchema>

/** A phase as the run sees it: an exercise's own phase, or a break as a single phase. */
export interface RunPhase {
  label: string
  minutes: number
  grouping: Grouping
  prompts: string[]
  advancesAutomatically: boolean
}

/** The timed phases of an agenda item. A break is one phase with its note as the prompt. */
export function phasesOf(item: AgendaItem): RunPhase[] {
  if (item.kind === 'exercise') return item.phases
  return [
    {
      label: item.title,
      minutes: item.minutes,
      grouping: 'wholeRoom',
      prompts: item.note !== undefined && item.note !== '' ? [item.note] : [],
      advancesAutomatically: false,
    },
  ]
}

/** The item and phase the run is on. Indexes are kept valid by every transition. */
export function currentItem(state: RunState): AgendaItem {
  const item = state.workshop.exercises[state.itemIndex]
  if (item === undefined)
    throw new Error(`Run is on item ${String(state.itemIndex)}, which does not exist`)
  return item
}

export function currentPhase(state: RunState): RunPhase {
  const phase = phasesOf(currentItem(state))[state.phaseIndex]
  if (phase === undefined)
    throw new Error(`Run is on phase ${String(state.phaseIndex)}, which does not exist`)
  return phase
}
