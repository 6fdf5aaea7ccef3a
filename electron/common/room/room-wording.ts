import { formatClockTime } from '../domain/run/schedule-tracking'

const MINUTE = 60_000

/**
 * A length of time as the room shows it: whole minutes ("3 min", "1 h 30 min") when it is a whole
 * number of minutes, else minutes and seconds ("2:30"); never decimal minutes.
 */
export function formatPhaseLength(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds % 60 !== 0) {
    const minutes = Math.floor(seconds / 60)
    return `${String(minutes)}:${String(seconds % 60).padStart(2, '0')}`
  }
  const minutes = seconds / 60
  if (minutes < 60) return `${String(minutes)} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`
}

/**
 * When people should be back from a break that ends at `dueAt`: the next whole minute, so the
 * room never names a time that has already begun to pass before the break is over.
 */
export function formatBackAt(dueAt: number): string {
  return `Back at ${formatClockTime(backAtTime(dueAt))}`
}

/** The time a break that ends at `dueAt` names for coming back: the next whole minute. */
export function backAtTime(dueAt: number): number {
  return Math.ceil(dueAt / MINUTE) * MINUTE
}

/** Where a planned start stands at `now`, for the waiting screen to say in its language. */
export type StartState =
  { kind: 'soon' } | { kind: 'at'; at: number } | { kind: 'in'; countdown: string }

/**
 * The waiting screen's line before a session starts: a countdown ("4:12") in the last hour, the
 * clock time before that, and "soon" once the planned start has passed (the facilitator starts
 * the clock, not the room).
 */
export function startOf(plannedStart: string, now: number): StartState {
  const [hours = 0, minutes = 0] = plannedStart.split(':').map(Number)
  const start = new Date(now)
  start.setHours(hours, minutes, 0, 0)
  const left = start.getTime() - now
  if (left <= 0) return { kind: 'soon' }
  if (left > 60 * MINUTE) return { kind: 'at', at: start.getTime() }
  const seconds = Math.ceil(left / 1000)
  return {
    kind: 'in',
    countdown: `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`,
  }
}

/**
 * The waiting screen's line before a session starts: "Starts in 4:12" in the last hour, the
 * clock time before that, and "Starting soon" once the planned start has passed (the facilitator
 * starts the clock, not the room).
 */
export function describeStart(plannedStart: string, now: number): string {
  const [hours = 0, minutes = 0] = plannedStart.split(':').map(Number)
  const start = new Date(now)
  start.setHours(hours, minutes, 0, 0)
  const left = start.getTime() - now
  if (left <= 0) return 'Starting soon'
  if (left > 60 * MINUTE) return `Starts at ${plannedStart}`
  const seconds = Math.ceil(left / 1000)
  return `Starts in ${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`
}

/** How recent an attention flash must be for a room screen to show it. */
export const FLASH_FRESH_MS = 5000

/**
 * True when a flash asked for at `flashAt` should still be shown at `now`: a room that opens or
 * reloads later must not flash for an old request.
 */
export function isFreshFlash(flashAt: number | null, now: number): boolean {
  return flashAt !== null && now - flashAt >= -FLASH_FRESH_MS && now - flashAt < FLASH_FRESH_MS
}
