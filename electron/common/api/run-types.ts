import type { RunState } from '../domain/run/run-state'

/** What both windows need to draw the session: the state, and whether a restart awaits a choice. */
export interface RunSnapshot {
  state: RunState | null
  /** True after the app restarted in the middle of a session, until the facilitator chooses. */
  needsResumeConfirmation: boolean
}

/** Sound and display preferences the console can change. */
export interface AppPreferences {
  /** Chime volume from 0 (silent) to 1. */
  soundVolume: number
  muted: boolean
}
