import type { NoteChange } from '@common/domain/session/note-changes'

/**
 * The running session's note changes on their way to the journal. A change that could not be
 * appended (a full disk, a missing folder) is not acknowledged but kept, and appended, in order,
 * before the next one; a fold that writes the whole record takes the ones it held.
 *
 * Changes that arrive while an append is under way go together in the next one, so the journal
 * can flush them as one group (two hundred phones asking at once) instead of one after another.
 */

/** Appends `changes` in order, and says for each whether it is on disk. */
export type AppendChanges = (
  changes: readonly NoteChange[],
) => Promise<readonly PromiseSettledResult<void>[]>

export class UnsavedChanges {
  private waiting: NoteChange[] = []
  private writes: Promise<void> = Promise.resolve()

  /**
   * Queues `change` and, once the appends before it are done, appends every change waiting by
   * then (its own and any that arrived meanwhile) with `append`; rejects, keeping what is not yet
   * appended, when its own append fails.
   */
  write(change: NoteChange, append: AppendChanges): Promise<void> {
    this.waiting.push(change)
    const written = this.writes.then(() => this.appendUpTo(change, append))
    // The caller gets this write's failure; the next write still runs after it.
    this.writes = written.catch(() => undefined)
    return written
  }

  private async appendUpTo(change: NoteChange, append: AppendChanges): Promise<void> {
    // Appended already, with the changes before it.
    if (!this.waiting.includes(change)) return
    const batch = [...this.waiting]
    const results = await append(batch)
    this.waiting = this.waiting.filter(
      (waiting) => results[batch.indexOf(waiting)]?.status !== 'fulfilled',
    )
    const own = results[batch.indexOf(change)]
    if (own?.status === 'rejected') throw own.reason
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
