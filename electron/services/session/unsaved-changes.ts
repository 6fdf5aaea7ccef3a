import type { NoteChange } from '@common/domain/session/note-changes'

/**
 * The running session's note changes on their way to the journal. A change that could not be
 * appended (a full disk, a missing folder) is not acknowledged but kept, and appended, in order,
 * before the next one; a fold that writes the whole record takes the ones it held.
 */
export class UnsavedChanges {
  private waiting: NoteChange[] = []
  private writes: Promise<void> = Promise.resolve()

  /**
   * Queues `change` and appends every waiting change up to it with `append`, one at a time;
   * rejects, keeping what is not yet appended, when an append fails.
   */
  write(change: NoteChange, append: (change: NoteChange) => Promise<void>): Promise<void> {
    this.waiting.push(change)
    const written = this.writes.then(() => this.appendUpTo(change, append))
    // The caller gets this write's failure; the next write still runs after it.
    this.writes = written.catch(() => undefined)
    return written
  }

  private async appendUpTo(
    change: NoteChange,
    append: (change: NoteChange) => Promise<void>,
  ): Promise<void> {
    for (const next of [...this.waiting]) {
      if (!this.waiting.includes(change)) return
      await append(next)
      this.waiting = this.waiting.filter((waiting) => waiting !== next)
      if (next === change) return
    }
  }

  /** The changes waiting now, for a fold to write into the record. */
  held(): NoteChange[] {
    return [...this.waiting]
  }

  /** Drops changes a fold has written into the record. */
  settle(written: readonly NoteChange[]): void {
    this.waiting = this.waiting.filter((change) => !written.includes(change))
  }
}
