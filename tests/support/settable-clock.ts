import type { ClockSources } from '../../electron/services/run/clock'

/**
 * A computer's clocks under the test's hand: the monotonic clock and timers move forward only,
 * and the wall clock moves with them unless the test sets it, as a user or a time server can.
 */
export class SettableClock {
  private monotonic = 0
  private wall: number
  private timers: { at: number; callback: () => void }[] = []

  constructor(wallStart: number) {
    this.wall = wallStart
  }

  readonly sources: ClockSources = {
    wall: () => this.wall,
    monotonic: () => this.monotonic,
    setTimer: (callback, delayMs) => {
      const timer = { at: this.monotonic + Math.max(0, delayMs), callback }
      this.timers.push(timer)
      return () => {
        this.timers = this.timers.filter((t) => t !== timer)
      }
    },
  }

  /** Lets `ms` pass, firing each due timer at its own moment. */
  advance(ms: number): void {
    const target = this.monotonic + ms
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0]
      if (due === undefined) break
      this.timers = this.timers.filter((t) => t !== due)
      this.wall += due.at - this.monotonic
      this.monotonic = due.at
      due.callback()
    }
    this.wall += target - this.monotonic
    this.monotonic = target
  }

  /** Sets the wall clock by `ms` (negative: back), as changing the computer's time does. */
  setWallBy(ms: number): void {
    this.wall += ms
  }

  /** The wall clock, as the windows read it. */
  wallNow(): number {
    return this.wall
  }
}
