import type { Clock } from '../../electron/services/run/clock'

/** A clock the test moves forward by hand; timers fire in order as their time comes. */
export class ManualClock implements Clock {
  private timers: { at: number; callback: () => void }[] = []

  constructor(private time: number) {}

  now(): number {
    return this.time
  }

  schedule(callback: () => void, delayMs: number): () => void {
    const timer = { at: this.time + Math.max(0, delayMs), callback }
    this.timers.push(timer)
    return () => {
      this.timers = this.timers.filter((t) => t !== timer)
    }
  }

  /** Moves time forward, firing each due timer at its own moment. */
  advance(ms: number): void {
    const target = this.time + ms
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at)[0]
      if (due === undefined) break
      this.timers = this.timers.filter((t) => t !== due)
      this.time = due.at
      due.callback()
    }
    this.time = target
  }
}
