import type { ApiCallName, EventName } from './contract'

// Channel strings are derived here and nowhere else, so no one types a channel by hand.

/** The IPC channel that carries one bridge call. */
export function callChannel(name: ApiCallName): string {
  return `facilitator:call:${name}`
}

/** The IPC channel that carries one event. */
export function eventChannel(name: EventName): string {
  return `facilitator:event:${name}`
}

// A record keyed by every event name, so adding an event without listing it fails to type-check.
const everyEvent: Record<EventName, true> = {
  libraryChanged: true,
  roomChanged: true,
  runChanged: true,
  preferencesChanged: true,
  soundTestRequested: true,
  displaysChanged: true,
  rosterChanged: true,
  lanChanged: true,
}

/** Every event name, for binding listeners. */
export const eventNames = Object.keys(everyEvent) as EventName[]
