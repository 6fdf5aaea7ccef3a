/**
 * A read a window needs for its first screen, asked for as soon as the script starts rather than
 * from a React effect, since effects run only after the first paint: the answer travels while
 * React renders and paints. The early answer goes to the first caller only; later callers read
 * afresh, so none is handed an answer that is out of date.
 */
export class EarlyRead<T> {
  private pending: Promise<T> | null = null

  constructor(private readonly ask: () => Promise<T>) {}

  /** Sends the read now, unless it is already on its way. */
  start(): void {
    this.pending ??= this.ask()
  }

  /** The early answer the first time after `start`, a fresh read otherwise. */
  take(): Promise<T> {
    const pending = this.pending ?? this.ask()
    this.pending = null
    return pending
  }
}
