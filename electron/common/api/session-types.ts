import { z } from 'zod'
import type { WorkshopRef } from './library-types'

/** Session file names: a plain name, no folders, ending in `.session.json`. */
export const sessionFileNameSchema = z
  .string({ error: 'expected a session file name as text' })
  .max(200)
  .regex(/^(?!\.)[^/\\:*?"<>|\p{Cc}]+\.session\.json$/u, {
    error: 'expected a plain file name ending in .session.json (no folders)',
  })

/** One session in the sessions list. */
export interface SessionSummary {
  fileName: string
  workshopTitle: string
  workshopRef: WorkshopRef
  startedAt: number | null
  endedAt: number | null
  noteCount: number
  /** True for the session that is running now. */
  live: boolean
}

/** A session file that could not be read. */
export interface BrokenSessionFile {
  fileName: string
  message: string
}

export interface SessionListing {
  sessions: SessionSummary[]
  broken: BrokenSessionFile[]
}
