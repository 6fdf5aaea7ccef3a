import { proposeRetiming, type RetimingProposal, type RetimingStrategy } from '../schedule/retime'
import { itemMinutes } from '../workshop/schedule'
import { currentItem, phasesOf, type RunEvent, type RunState } from './run-state'
import { remainingMs } from './timer'

const MINUTE = 60_000

/** Epoch ms of an "HH:MM" clock time on the same local day as `dayOf`. */
export function clockTimeOnDay(hhmm: string, dayOf: number): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number)
  const date = new Date(dayOf)
  date.setHours(hours, minutes, 0, 0)
  return date.getTime()
}

/** When the current item will end if the rest of its phases run as planned from `now`. */
export function endOfCurrentItemMs(state: RunState, now: number): number {
  const laterPhases = phasesOf(currentItem(state)).slice(state.phaseIndex + 1)
  const later = laterPhases.reduce((sum, phase) => sum + phase.minutes * MINUTE, 0)
  return now + Math.max(0, remainingMs(state, now)) + later
}

/** When the session will end if everything left runs as planned from `now`. */
export function projectedEndMs(state: RunState, now: number): number {
  if (state.status === 'ended' && state.endedAt !== null) return state.endedAt
  const laterItems = state.workshop.exercises.slice(state.itemIndex + 1)
  const later = laterItems.reduce((sum, item) => sum + itemMinutes(item) * MINUTE, 0)
  if (state.status === 'ready') return now + itemMinutes(currentItem(state)) * MINUTE + later
  return endOfCurrentItemMs(state, now) + later
}

/** The end the facilitator locked, in epoch ms, or null. */
export function lockedEndMs(state: RunState, now: number): number | null {
  return state.lockedEnd === null ? null : clockTimeOnDay(state.lockedEnd, state.startedAt ?? now)
}

/** Minutes left for the items after the current one before the locked end; null when unlocked. */
export function availableAfterCurrentItem(state: RunState, now: number): number | null {
  const locked = lockedEndMs(state, now)
  if (locked === null) return null
  return Math.max(0, (locked - endOfCurrentItemMs(state, now)) / MINUTE)
}

/** Minutes actually spent on each agenda item so far (wall time, pauses included). */
export function actualMinutesByItem(state: RunState, now: number): (number | null)[] {
  return minutesSpentPerItem(state.workshop.exercises.length, state.log, now)
}

/**
 * Minutes spent on each of `itemCount` items according to a session's log: from entering an
 * item until the next item starts or the session ends (or `now`, while it goes on). Items never
 * visited are null.
 */
export function minutesSpentPerItem(
  itemCount: number,
  log: readonly RunEvent[],
  now: number,
): (number | null)[] {
  const spent: (number | null)[] = Array.from({ length: itemCount }, () => null)
  let enteredAt: number | null = null
  let item = -1
  const close = (at: number) => {
    if (enteredAt !== null && item >= 0 && item < itemCount)
      spent[item] = (spent[item] ?? 0) + Math.max(0, at - enteredAt) / MINUTE
  }
  for (const event of log) {
    if (event.kind === 'phaseStarted' && event.itemIndex !== item) {
      close(event.at)
      item = event.itemIndex
      enteredAt = event.at
    }
    if (event.kind === 'ended') {
      close(event.at)
      enteredAt = null
    }
  }
  if (enteredAt !== null) close(now)
  return spent
}

/** How the session stands against its plan, for the console's schedule panel. */
export interface ScheduleStatus {
  /** When the session should end by its agenda; null before Start. */
  plannedEndMs: number | null
  projectedEndMs: number
  /** Projected minus planned end: positive when behind, negative when ahead; null before Start. */
  varianceMs: number | null
  lockedEndMs: number | null
  /** Projected minus locked end: positive when the session will overrun it. */
  overrunMs: number | null
}

export function scheduleStatus(state: RunState, now: number): ScheduleStatus {
  const projected = projectedEndMs(state, now)
  const planned =
    state.startedAt === null ? null : state.startedAt + state.plannedTotalMinutes * MINUTE
  const locked = lockedEndMs(state, now)
  return {
    plannedEndMs: planned,
    projectedEndMs: projected,
    varianceMs: planned === null ? null : projected - planned,
    lockedEndMs: locked,
    overrunMs: locked === null ? null : projected - locked,
  }
}

/**
 * How the items after the current one could be re-timed to end by the locked end time; null when
 * no end is locked. The console shows this, and the `retime` command applies the same proposal.
 */
export function proposeRunRetiming(
  state: RunState,
  strategy: RetimingStrategy,
  now: number,
): RetimingProposal | null {
  const available = availableAfterCurrentItem(state, now)
  if (available === null) return null
  return proposeRetiming(state.workshop, {
    fromIndex: state.itemIndex + 1,
    availableMinutes: available,
    strategy,
  })
}

/** "HH:MM" local time of an epoch instant. */
export function formatClockTime(ms: number): string {
  const date = new Date(ms)
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

/** When each item is planned to start: from the workshop's planned start, else the session's. */
export function plannedItemStarts(state: RunState, now: number): number[] {
  const base =
    state.workshop.plannedStart !== null
      ? clockTimeOnDay(state.workshop.plannedStart, state.startedAt ?? now)
      : (state.startedAt ?? now)
  let at = base
  return state.workshop.exercises.map((item) => {
    const start = at
    at += itemMinutes(item) * MINUTE
    return start
  })
}

/**
 * A clock time as typed into the console's "Must end by" field, in 24 hours ("9:30", "09:30",
 * "0930", "21.15", "7h45") or in 12 hours as English shows times ("9:30 PM", "9:30pm", "11 a.m."),
 * as HH:MM, the form the run keeps; null when it is no time of day.
 */
export function parseClockInput(typed: string): string | null {
  const twelve = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?\s*$/i.exec(typed)
  if (twelve !== null) {
    const hours = Number(twelve[1])
    const minutes = Number(twelve[2] ?? '0')
    if (hours < 1 || hours > 12 || minutes > 59) return null
    const afternoon = twelve[3]?.toLowerCase() === 'p'
    return clockText((hours % 12) + (afternoon ? 12 : 0), minutes)
  }
  const match = /^\s*(\d{1,2})[:.h]?(\d{2})\s*$/.exec(typed)
  if (match === null) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return clockText(hours, minutes)
}

function clockText(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`
}
