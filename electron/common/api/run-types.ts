import type { Language, pseudoLanguage } from '../i18n/locales'
import type { RunState } from '../domain/run/run-state'
import type { Workshop } from '../domain/workshop/schema'

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
  /** Messages the console offers for the room, in the facilitator's order. */
  messagePresets: string[]
  /** The console's, menus' and dialogs' language, or 'system' to follow the system's. */
  appLanguage: AppLanguageChoice
  /** The language the system asks for, among those the app speaks (read only). */
  systemLanguage: Language
}

/**
 * What the facilitator chose for the app's language. The test language (`en-XA`) is for layout
 * tests: a test or a hand-edited settings file sets it, and the language menus show it, marked
 * as a test language, only while it is chosen.
 */
export type AppLanguageChoice = 'system' | Language | typeof pseudoLanguage

/**
 * A session change as sent to the windows after every command. The workshop copy (tens of
 * kilobytes) travels only when it changed, at start or after a re-timing; a window keeps the last
 * one it received, and asks with getRun when it has none.
 */
export interface RunChange {
  state: Omit<RunState, 'workshop'> | null
  /** The workshop being run when it changed since the previous change; null when unchanged. */
  workshop: Workshop | null
  needsResumeConfirmation: boolean
}

/** Builds the changes to send, leaving out the workshop while it stays the same object. */
export function createRunChangeSender(): (snapshot: RunSnapshot) => RunChange {
  let lastSent: Workshop | null = null
  return ({ state, needsResumeConfirmation }) => {
    if (state === null) {
      lastSent = null
      return { state: null, workshop: null, needsResumeConfirmation }
    }
    const { workshop, ...rest } = state
    const changed = workshop !== lastSent
    lastSent = workshop
    return { state: rest, workshop: changed ? workshop : null, needsResumeConfirmation }
  }
}
