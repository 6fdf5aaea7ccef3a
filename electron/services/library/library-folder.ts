import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrokenWorkshopFile } from '@common/api/library-types'
import type { Workshop } from '@common/domain/workshop/schema'
import { describesWholeFile } from '@common/domain/workshop/whole-file-message'
import { countExercises, totalMinutes } from '@common/domain/workshop/schedule'
import {
  backupPathFor,
  describeFileError,
  isMissingFile,
  pathExists,
} from '../storage/durable-write'
import { isWorkshopFileName } from './file-names'
import type { FileSummary, IndexEntry, LibraryIndex, ListedFile } from './library-index'
import { readWorkshopFile } from './read-workshop-file'

/** One readable workshop file in the folder. */
export interface LibraryFile {
  fileName: string
  summary: FileSummary
}

export interface FolderScan {
  files: LibraryFile[]
  broken: BrokenWorkshopFile[]
  /** True when the folder itself is not there (deleted, or on a drive that is away). */
  folderMissing: boolean
}

/**
 * How long ago a file must have been modified before its size and modification time are trusted
 * to stand for its content. Some file systems keep coarse times (FAT: 2 s, HFS+: 1 s), so two
 * saves of the same length within one tick, with a listing between them, look alike; the editor's
 * autosave makes such saves. A file younger than this is read at every listing until it settles.
 */
const SETTLED_AFTER_MS = 3_000

/** What the listing shows of a workshop, apart from when its file was modified. */
export function summarizeWorkshop(
  workshop: Workshop,
  revision: string,
): Omit<FileSummary, 'modifiedAt'> {
  return {
    title: workshop.title,
    copyOf: workshop.copyOf ?? null,
    exerciseCount: countExercises(workshop),
    totalMinutes: totalMinutes(workshop),
    revision,
  }
}

/**
 * Lists the workshop files of one folder. Each file is read and validated once and its summary
 * reused until its size, modification time or inode changes, so re-listing costs one stat per file.
 * With a {@link LibraryIndex}, the summaries outlive the app: a start reads only what changed.
 */
export class LibraryFolder {
  private readonly entries: Map<string, IndexEntry>
  private hasUnsavedChanges = false

  constructor(
    readonly path: string,
    private readonly index?: LibraryIndex,
  ) {
    this.entries = index?.entriesFor(path) ?? new Map<string, IndexEntry>()
  }

  pathOf(fileName: string): string {
    return join(this.path, fileName)
  }

  async ensureExists(): Promise<void> {
    await mkdir(this.path, { recursive: true })
  }

  /** Lists the folder. One unreadable file never stops the others from loading. */
  async scan(): Promise<FolderScan> {
    let names: string[]
    try {
      names = (await readdir(this.path)).filter(isWorkshopFileName)
    } catch (error) {
      // A folder on a drive that is away: its entries stay, to be checked when it is back.
      if (isMissingFile(error)) return { files: [], broken: [], folderMissing: true }
      throw new Error(`Cannot read the library folder ${this.path}: ${describeFileError(error)}`, {
        cause: error,
      })
    }
    const lists = await Promise.all(
      names.map(async (name) => [name, await this.list(name)] as const),
    )
    const files: LibraryFile[] = []
    const broken: BrokenWorkshopFile[] = []
    for (const [fileName, listed] of lists) {
      if (listed.ok) {
        files.push({ fileName, summary: listed.summary })
      } else {
        // Not kept in the index: a backup can appear or go without the file itself changing.
        const hasBackup = await pathExists(backupPathFor(this.pathOf(fileName)))
        // The index keeps the English message, which tells a whole-file sentence by its start.
        const wholeFile = describesWholeFile(listed.message)
        broken.push({ fileName, message: listed.message, wholeFile, hasBackup })
      }
    }
    files.sort((a, b) => a.summary.title.localeCompare(b.summary.title))
    broken.sort((a, b) => a.fileName.localeCompare(b.fileName))
    return this.finishScan(names, { files, broken, folderMissing: false })
  }

  /** Drops the entries of files that are gone, and saves the index when anything changed. */
  private finishScan(names: readonly string[], scan: FolderScan): FolderScan {
    const present = new Set(names)
    for (const name of this.entries.keys()) {
      if (!present.has(name)) {
        this.entries.delete(name)
        this.hasUnsavedChanges = true
      }
    }
    if (this.hasUnsavedChanges) {
      this.hasUnsavedChanges = false
      this.index?.save(this.path, this.entries)
    }
    return scan
  }

  /**
   * One file's listing: from its entry when its size, times and inode are unchanged, else read
   * and validated. A file that is another inode was replaced, whatever its size and time say;
   * one rewritten in place with its old modification time put back (`cp -p`) has a new change
   * time, which no one can set.
   */
  private async list(fileName: string): Promise<ListedFile> {
    const path = this.pathOf(fileName)
    const checkedAt = Date.now()
    let info: { mtimeMs: number; ctimeMs: number; size: number; ino: number }
    try {
      info = await stat(path)
    } catch (error) {
      this.forget(fileName)
      return { ok: false, message: `cannot be read: ${describeFileError(error)}` }
    }
    const known = this.entries.get(fileName)
    if (
      known !== undefined &&
      known.size === info.size &&
      known.mtimeMs === info.mtimeMs &&
      known.ctimeMs === info.ctimeMs &&
      known.ino === info.ino
    ) {
      return known.listed
    }
    const read = await readWorkshopFile(path)
    const listed: ListedFile = read.ok
      ? {
          ok: true,
          summary: {
            ...summarizeWorkshop(read.workshop, read.revision),
            modifiedAt: info.mtimeMs,
          },
        }
      : { ok: false, message: read.message }
    const isSettled = checkedAt - info.mtimeMs >= SETTLED_AFTER_MS
    if (isSettled && (read.ok || !read.unreadable)) {
      const { size, mtimeMs, ctimeMs, ino } = info
      this.entries.set(fileName, { size, mtimeMs, ctimeMs, ino, listed })
      this.hasUnsavedChanges = true
    } else {
      this.forget(fileName)
    }
    return listed
  }

  private forget(fileName: string): void {
    if (this.entries.delete(fileName)) this.hasUnsavedChanges = true
  }
}
