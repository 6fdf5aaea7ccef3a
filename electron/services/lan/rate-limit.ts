/**
 * A token bucket: a page may send `burst` messages at once, then `perSecond` on average. Time is
 * passed in, so the limit is tested without waiting.
 */
export class RateLimit {
  private available: number
  private last: number

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now: number,
  ) {
    this.available = burst
    this.last = now
  }

  /** Takes one message's allowance; false when the page is over the limit. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last) / 1000
    this.last = now
    this.available = Math.min(this.burst, this.available + elapsed * this.perSecond)
    if (this.available < 1) return false
    this.available -= 1
    return true
  }
}
