import { Low } from 'lowdb'
import { AppendJournal } from './append-journal'
import { DurableFileAdapter, type Codec } from './durable-adapter'
import { createFileDurably } from './durable-write'

interface OpenDocument {
  db: Low
  adapter: DurableFileAdapter<unknown>
}

/**
 * The one way the app writes files: lowdb documents over {@link DurableFileAdapter}, one per
 * path, so writes to a file are serialised and every pending write can be flushed on quit; and
 * append-only journals beside the documents that change a little, often ({@link AppendJournal}).
 */
export class Storage {
  private readonly documents = new Map<string, OpenDocument>()
  private readonly journals = new Map<string, AppendJournal>()

  /** Opens (or returns the already open) lowdb document for a path, reading it from disk. */
  async open<T>(path: string, codec: Codec<T>, fallback: T): Promise<Low<T>> {
    const known = this.documents.get(path)
    if (known !== undefined) return known.db as Low<T>
    const adapter = new DurableFileAdapter(path, codec)
    const db = new Low<T>(adapter, fallback)
    await db.read()
    this.documents.set(path, { db: db as Low, adapter: adapter })
    return db
  }

  /** Writes a whole document to a path durably, replacing what was there. */
  async write<T>(path: string, codec: Codec<T>, data: T): Promise<void> {
    let document = this.documents.get(path)
    if (document === undefined) {
      const adapter = new DurableFileAdapter(path, codec) as DurableFileAdapter<unknown>
      document = { db: new Low(adapter, data), adapter }
      this.documents.set(path, document)
    }
    document.db.data = data
    await document.db.write()
  }

  /**
   * Writes a new document at a path that must be free: throws EEXIST, writing nothing, when
   * anything is there (see {@link createFileDurably}).
   */
  async create<T>(path: string, codec: Codec<T>, data: T): Promise<void> {
    await this.forget(path)
    await createFileDurably(path, codec.serialize(data))
  }

  /** Forgets a path (after it is deleted or renamed), once its pending writes are done. */
  async forget(path: string): Promise<void> {
    const document = this.documents.get(path)
    if (document === undefined) return
    await document.adapter.flush()
    this.documents.delete(path)
  }

  /** The journal at a path; one object per path, so its appends stay in order. */
  journal(path: string): AppendJournal {
    let journal = this.journals.get(path)
    if (journal === undefined) {
      journal = new AppendJournal(path)
      this.journals.set(path, journal)
    }
    return journal
  }

  /** Waits for every pending write to finish; called before the app quits. */
  async flush(): Promise<void> {
    await Promise.all([
      ...[...this.documents.values()].map((document) => document.adapter.flush()),
      ...[...this.journals.values()].map((journal) => journal.close()),
    ])
  }
}
