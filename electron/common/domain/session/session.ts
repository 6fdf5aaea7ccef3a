import { z } from 'zod'
import { workshopRefSchema } from '../../api/library-types'
import { runEventSchema } from '../run/run-state-schema'
import { storedWorkshopSchema } from '../workshop/migrations'
import { sessionRosterSchema } from '../grouping/session-roster'

/** The kinds of note a facilitator can tag, each with its key in the notes pane. */
export const noteTagSchema = z.enum(['insight', 'question', 'action', 'parkingLot'])
export type NoteTag = z.infer<typeof noteTagSchema>

/** One note, stamped with when and where in the workshop it was written. */
export const noteSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** When the note was written (epoch ms). */
  at: z.number(),
  itemIndex: z.number().int().min(0),
  phaseIndex: z.number().int().min(0),
  /** Titles as they were at the time, so the record reads well even if the workshop changes. */
  itemTitle: z.string().max(200),
  phaseLabel: z.string().max(200),
  text: z.string().trim().min(1, { error: 'expected a note, got an empty text' }).max(4000),
  tag: noteTagSchema.nullable(),
  editedAt: z.number().nullable(),
})
export type Note = z.infer<typeof noteSchema>

/**
 * A session record: one run of a workshop, kept as one human-readable JSON file. It holds a copy
 * of the workshop as it was run, so later edits to the workshop never rewrite history.
 */
export const sessionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: z.string().min(1).max(64),
  workshopRef: workshopRefSchema,
  workshop: storedWorkshopSchema,
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  place: z.string().max(200),
  facilitator: z.string().max(200),
  participantCount: z.number().int().min(0).max(10_000).nullable(),
  plannedTotalMinutes: z.number().min(0),
  /** What actually happened: each phase's start, pauses, added time, skips, the end. */
  timeline: z.array(runEventSchema),
  notes: z.array(noteSchema),
  /**
   * Who took part and their groups and roles, when the facilitator gave a roster. Records made
   * before rosters existed have none and read as null; the facilitator may remove it afterwards.
   */
  roster: sessionRosterSchema.nullable().default(null),
})
export type Session = z.infer<typeof sessionSchema>
