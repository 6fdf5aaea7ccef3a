/** Time and timers, passed in so tests can drive the clock instead of waiting. */
export interface Clock {
  /** The session timeline in epoch milliseconds. */
  now(): number
  /** Calls `callback` after `delayMs`; returns a function that cancels it. */
  schedule(callback: () => void, delayMs: number): () => void
  /**
   * How far the computer's clock has been moved away from `now()` since the timeline was last
   * aligned with it (wall − now). Absent on clocks that are never moved by hand.
   */
  wallOffset?(): number
  /** Aligns `now()` with the computer's clock again, once the run has moved its timestamps. */
  realign?(): void
}

/** What the system clock reads; tests pass their own to move the wall clock on its own. */
export interface ClockSources {
  wall(): number
  monotonic(): number
  setTimer(callback: () => void, delayMs: number): () => void
}

const systemSources: ClockSources = {
  wall: () => Date.now(),
  monotonic: () => performance.now(),
  setTimer: (callback, delayMs) => {
    const timer = setTimeout(callback, Math.max(0, delayMs))
    return () => clearTimeout(timer)
  },
}

/**
 * The run's clock. Elapsed time comes from the monotonic clock, anchored once to the wall clock so
 * timestamps still read as clock times: someone setting the computer's clock back an hour
 * mid-phase must not give the phase its hour back, nor hold an automatic advance for an hour.
 * (Timers are monotonic already.)
 */
export function createSystemClock(sources: ClockSources = systemSources): Required<Clock> {
  let origin = sources.wall() - sources.monotonic()
  const now = () => origin + sources.monotonic()
  return {
    now,
    schedule: (callback, delayMs) => sources.setTimer(callback, delayMs),
    wallOffset: () => sources.wall() - now(),
    realign: () => {
      origin = sources.wall() - sources.monotonic()
    },
  }
}
