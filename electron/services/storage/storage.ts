import { lstat, rename } from 'node:fs/promises'
import { basename } from 'node:path'
import { Low } from 'lowdb'
import { AppendJournal } from './append-journal'
import { DurableFileAdapter, type Codec } from './durable-adapter'
import { createFileDurably } from './durable-write'

/** A file that could not be read when it was opened, moved out of the way so nothing overwrites it. */
export interface SetAsideFile {
  path: string
  /** Where the unreadable file now is, or null when it could not be moved (it stays in place). */
  keptAs: string | null
  /** What the file holds, in words for the user ("Your settings"); absent for caches. */
  what: string | undefined
  error: unknown
}

/** Which documents the caller wants named to the user when they are set aside. */
export interface OpenOptions {
  what?: string
}

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
  /** Every file set aside since the app started, for the start-up notice and the log. */
  readonly setAside: SetAsideFile[] = []

  /**
   * Opens (or returns the already open) lowdb document for a path, reading it from disk. A file
   * that cannot be read or parsed is renamed aside (`<name>.unreadable-<time>`) and the document
   * starts from `fallback`: the app still starts, and the next save cannot destroy what was there.
   */
  async open<T>(
    path: string,
    codec: Codec<T>,
    fallback: T,
    options: OpenOptions = {},
  ): Promise<Low<T>> {
    const known = this.documents.get(path)
    if (known !== undefined) return known.db as Low<T>
    const adapter = new DurableFileAdapter(path, codec)
    const db = new Low<T>(adapter, fallback)
    try {
      await db.read()
    } catch (error) {
      this.setAside.push({ path, keptAs: await moveAside(path), what: options.what, error })
      db.data = fallback
    }
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

  /** The documents with a write still running or queued, to name in the log when quitting stalls. */
  unfinishedWrites(): string[] {
    return [...this.documents.entries()]
      .filter(([, document]) => document.adapter.isWriting)
      .map(([path]) => path)
  }

  /** Waits for every pending write to finish; called before the app quits. */
  async flush(): Promise<void> {
    await Promise.all([
      ...[...this.documents.values()].map((document) => document.adapter.flush()),
      ...[...this.journals.values()].map((journal) => journal.close()),
    ])
  }
}

async function moveAside(path: string): Promise<string | null> {
  const keptAs = `${path}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`
  try {
    // Only a file is moved. Anything else in its place (a folder, say) is left alone: saving
    // over it fails and is reported, and never replaces it.
    if (!(await lstat(path)).isFile()) return null
    await rename(path, keptAs)
    return keptAs
  } catch {
    // Not movable (a read-only disk): it stays where it is, under the same rule.
    return null
  }
}

/** The words of a start-up notice for a file that was set aside. */
export function describeSetAside(file: SetAsideFile & { what: string }): string {
  const kept =
    file.keptAs === null
      ? `The file ${basename(file.path)} was left where it is.`
      : `The unreadable file was kept as ${basename(file.keptAs)}.`
  return `${file.what} could not be read, so the app started without it. ${kept}`
}
