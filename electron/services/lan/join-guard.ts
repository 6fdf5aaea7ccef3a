/**
 * Keeps the short join code out of reach of guessing. A code is one of about 887 million; each
 * device (by its address on the room's network) may get it wrong {@link PER_DEVICE} times in
 * {@link WINDOW_MS} before it is refused for the rest of that window, and after
 * {@link IN_ALL} wrong codes from anyone the short code stops working altogether until the
 * facilitator makes new links (the QR code and the full links carry their long token and keep
 * working). So at most {@link IN_ALL} guesses are ever tried against one code: a chance of about
 * one in four million, and only ever for the participants' page.
 */
export const PER_DEVICE = 5
export const WINDOW_MS = 10 * 60_000
export const IN_ALL = 200

export type JoinVerdict = 'open' | 'device-locked' | 'retired'

export class JoinGuard {
  private readonly misses = new Map<string, number[]>()
  private total = 0

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether a device may try a code now. */
  verdict(device: string): JoinVerdict {
    if (this.total >= IN_ALL) return 'retired'
    return this.recent(device).length >= PER_DEVICE ? 'device-locked' : 'open'
  }

  /** A wrong code from `device`. */
  miss(device: string): void {
    this.total += 1
    const recent = this.recent(device)
    recent.push(this.now())
    this.misses.set(device, recent)
    // A flood from many addresses must not grow this without bound: the oldest are forgotten.
    if (this.misses.size > 10_000) {
      const oldest = this.misses.keys().next().value
      if (oldest !== undefined) this.misses.delete(oldest)
    }
  }

  /** Whether the short code was switched off after too many wrong codes. */
  get retired(): boolean {
    return this.total >= IN_ALL
  }

  /** New links: a new code, and a clean slate. */
  reset(): void {
    this.misses.clear()
    this.total = 0
  }

  private recent(device: string): number[] {
    const since = this.now() - WINDOW_MS
    return (this.misses.get(device) ?? []).filter((at) => at > since)
  }
}
