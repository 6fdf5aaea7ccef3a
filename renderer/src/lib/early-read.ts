/**
 * A read a window needs for its first screen, asked for as soon as the script starts rather than
 * from a React effect, since effects run only after the first paint: the answer travels while
 * React renders and paints. The early answer goes to the first caller only; later callers read
 * afresh, so none is handed an answer that is out of date.
 *
 * Changes announced between the early read and the moment a component listens reach no listener
 * (on a busy computer a screen can mount after both). `watch` sees them from the start: if one
 * came, the early answer may be older than it, and the first caller reads afresh too.
 */
export class EarlyRead<T> {
  private pending: Promise<T> | null = null
  private arrived: { value: T } | null = null
  private changedSinceAsked = false
  private stopWatching: () => void = () => undefined

  constructor(
    private readonly ask: () => Promise<T>,
    private readonly watch?: (onChange: () => void) => () => void,
  ) {}

  /** Sends the read now, unless it is already on its way; resolves when its answer is here. */
  start(): Promise<T> {
    if (this.pending !== null) return this.pending
    this.changedSinceAsked = false
    this.arrived = null
    this.stopWatching =
      this.watch?.(() => {
        this.changedSinceAsked = true
      }) ?? (() => undefined)
    const pending = this.ask()
    this.pending = pending
    void pending.then(
      (value) => {
        if (this.pending === pending) this.arrived = { value }
      },
      () => undefined,
    )
    return pending
  }

  /**
   * The early answer, if it is here, no change came since and nobody has taken it: what a
   * screen can draw on its first render. Leaves it in place for `take`, which the screen still
   * calls as it starts listening for changes (and which hands it the same answer).
   */
  peek(): T | undefined {
    return this.changedSinceAsked ? undefined : this.arrived?.value
  }

  /** The early answer the first time after `start` with no change since, a fresh read otherwise. */
  take(): Promise<T> {
    const early = this.changedSinceAsked ? null : this.pending
    this.stopWatching()
    this.stopWatching = () => undefined
    this.pending = null
    this.arrived = null
    return early ?? this.ask()
  }
}
