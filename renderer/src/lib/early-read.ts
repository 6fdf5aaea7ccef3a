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
  private changedSinceAsked = false
  private stopWatching: () => void = () => undefined

  constructor(
    private readonly ask: () => Promise<T>,
    private readonly watch?: (onChange: () => void) => () => void,
  ) {}

  /** Sends the read now, unless it is already on its way. */
  start(): void {
    if (this.pending !== null) return
    this.changedSinceAsked = false
    this.stopWatching =
      this.watch?.(() => {
        this.changedSinceAsked = true
      }) ?? (() => undefined)
    this.pending = this.ask()
  }

  /** The early answer the first time after `start` with no change since, a fresh read otherwise. */
  take(): Promise<T> {
    const early = this.changedSinceAsked ? null : this.pending
    this.stopWatching()
    this.stopWatching = () => undefined
    this.pending = null
    return early ?? this.ask()
  }
}
