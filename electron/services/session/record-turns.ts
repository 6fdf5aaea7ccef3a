/**
 * Changes to one record, one after another. Each reads a record, changes it and writes it whole,
 * so two at once would each write over the other and an acknowledged change would be lost.
 */
export class RecordTurns {
  private readonly last = new Map<string, Promise<void>>()

  /** Runs `change` after every change asked for before it under the same key. */
  take<T>(key: string, change: () => Promise<T>): Promise<T> {
    const done = (this.last.get(key) ?? Promise.resolve()).then(change)
    const settled = done.then(
      () => undefined,
      () => undefined,
    )
    this.last.set(key, settled)
    void settled.then(() => {
      if (this.last.get(key) === settled) this.last.delete(key)
    })
    return done
  }
}
