import { currentPhase, type RunState } from './run-state'

const MINUTE = 60_000

/** How long the current phase lasts, with any added or removed time. */
export function phaseDurationMs(state: RunState): number {
  return currentPhase(state).minutes * MINUTE + state.adjustmentMs
}

/** How long the current phase has counted at `now`. */
export function elapsedMs(state: RunState, now: number): number {
  const counting = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince)
  return state.elapsedBeforeMs + counting
}

/** Time left in the current phase at `now`; negative in overtime. */
export function remainingMs(state: RunState, now: number): number {
  return phaseDurationMs(state) - elapsedMs(state, now)
}

/**
 * When the current phase reaches zero, if it is counting; null when paused or not started.
 * A phase that advances on its own does so at exactly this instant.
 */
export function phaseDueAt(state: RunState): number | null {
  if (state.status !== 'running' || state.runningSince === null) return null
  return state.runningSince + remainingMs(state, state.runningSince)
}

/** How the clock looks: calm, nearly done, or over time. */
export type TimerTone = 'normal' | 'warning' | 'overtime'

export function timerTone(remaining: number, warningSeconds: number): TimerTone {
  if (remaining <= 0) return 'overtime'
  if (remaining <= warningSeconds * 1000) return 'warning'
  return 'normal'
}

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const ss = String(seconds).padStart(2, '0')
  if (hours > 0) return `${String(hours)}:${String(minutes).padStart(2, '0')}:${ss}`
  return `${String(minutes)}:${ss}`
}

/**
 * The countdown as shown: "4:59" while time is left (rounded up, so "5:00" shows for the whole
 * first second), "0:00" at zero, and "+1:05" in overtime.
 */
export function formatCountdown(remaining: number): string {
  if (remaining > 0) return clock(Math.ceil(remaining / 1000))
  const over = Math.floor(-remaining / 1000)
  return over === 0 ? '0:00' : `+${clock(over)}`
}
