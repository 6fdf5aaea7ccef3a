import { join } from 'node:path'
import { z } from 'zod'
import { CURRENT_SCHEMA_VERSION } from '@common/domain/workshop/schema'
import type { Codec } from '../storage/durable-adapter'
import type { Storage } from '../storage/storage'

/** The index's file name in the user-data folder. */
export const LIBRARY_INDEX_FILE = 'library-index.json'

const fileSummarySchema = z.strictObject({
  title: z.string(),
  /** The original's title when the workshop is a copy (see `Workshop.copyOf`). */
  copyOf: z.string().nullable().default(null),
  exerciseCount: z.number().int().nonnegative(),
  totalMinutes: z.number().nonnegative(),
  revision: z.string(),
  modifiedAt: z.number(),
})

/** What the library listing shows of one readable workshop file. */
export type FileSummary = z.infer<typeof fileSummarySchema>

const listedFileSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), summary: fileSummarySchema }),
  z.strictObject({ ok: z.literal(false), message: z.string() }),
])

/** One workshop file as the listing knows it: its summary, or what is wrong with it. */
export type ListedFile = z.infer<typeof listedFileSchema>

const indexEntrySchema = z.strictObject({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  /** Tells a file rewritten in place with its old modification time put back (`cp -p`). */
  ctimeMs: z.number(),
  /** Tells a file replaced by another of the same size and time (as rsync or `cp -p` leave it). */
  ino: z.number().nonnegative(),
  listed: listedFileSchema,
})

/** A listed file with the size, modification time and inode it had when it was read. */
export type IndexEntry = z.infer<typeof indexEntrySchema>

const indexFileSchema = z.strictObject({
  folder: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number(),
  files: z.record(z.string(), indexEntrySchema),
})
type IndexFile = z.infer<typeof indexFileSchema>

const codec: Codec<IndexFile | null> = {
  // The index is only a cache: one that cannot be used means every file is read again, no more.
  // One that is not JSON at all throws, and storage sets it aside and logs it.
  parse: (text) => {
    const parsed = indexFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  },
  serialize: (data) => JSON.stringify(data),
}

/**
 * The library listing of the last run, kept in the user-data folder so an app start reads and
 * validates only the files that changed since. It describes one folder, as listed by one app
 * version with one workshop format; anything else it holds is ignored and overwritten.
 */
export class LibraryIndex {
  private folder: string | null = null

  private constructor(
    private readonly storage: Storage,
    private readonly path: string,
    private readonly appVersion: string,
    private stored: IndexFile | null,
  ) {}

  static async load(
    storage: Storage,
    userDataDir: string,
    appVersion: string,
  ): Promise<LibraryIndex> {
    const path = join(userDataDir, LIBRARY_INDEX_FILE)
    let stored: IndexFile | null
    try {
      stored = (await storage.open(path, codec, null)).data
    } catch {
      // Unreadable (no permission, a folder in its place): list without it, like a first start.
      stored = null
    }
    return new LibraryIndex(storage, path, appVersion, stored)
  }

  /**
   * The saved entries for `folder`, empty when the index describes another folder, app version
   * or workshop format. From now on the index describes `folder`: saves for any other are dropped.
   */
  entriesFor(folder: string): Map<string, IndexEntry> {
    this.folder = folder
    const stored = this.stored
    if (
      stored === null ||
      stored.folder !== folder ||
      stored.appVersion !== this.appVersion ||
      stored.schemaVersion !== CURRENT_SCHEMA_VERSION
    )
      return new Map()
    return new Map(Object.entries(stored.files))
  }

  /**
   * Writes the entries in the background: the listing never waits for it, and `Storage.flush`
   * covers it on quit. A scan of a folder the library has since moved away from is not saved.
   */
  save(folder: string, entries: ReadonlyMap<string, IndexEntry>): void {
    if (folder !== this.folder) return
    const data: IndexFile = {
      folder,
      appVersion: this.appVersion,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      files: Object.fromEntries(entries),
    }
    this.stored = data
    // A failed write costs the next start a full read of the folder; nothing to tell the user.
    this.storage.write(this.path, codec, data).catch(() => undefined)
  }
}
