import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrokenWorkshopFile } from '@common/api/library-types'
import type { Workshop } from '@common/domain/workshop/schema'
import { backupPathFor, describeFileError, isMissingFile } from '../storage/durable-write'
import { isWorkshopFileName } from './file-names'
import { readWorkshopFile, type WorkshopFileRead } from './read-workshop-file'

/** One readable workshop file in the folder. */
export interface LibraryFile {
  fileName: string
  workshop: Workshop
  revision: string
  modifiedAt: number
}

export interface FolderScan {
  files: LibraryFile[]
  broken: BrokenWorkshopFile[]
}

interface CacheEntry {
  mtimeMs: number
  size: number
  read: WorkshopFileRead
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/**
 * Reads the workshop files of one folder. Each file is parsed once and then reused until its size
 * or modification time changes, so re-listing after a change costs one stat per file.
 */
export class LibraryFolder {
  private readonly cache = new Map<string, CacheEntry>()

  constructor(readonly path: string) {}

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
      if (isMissingFile(error)) return { files: [], broken: [] }
      throw new Error(`Cannot read the library folder ${this.path}: ${describeFileError(error)}`, {
        cause: error,
      })
    }
    const reads = await Promise.all(
      names.map(async (name) => [name, await this.read(name)] as const),
    )
    const files: LibraryFile[] = []
    const broken: BrokenWorkshopFile[] = []
    for (const [fileName, read] of reads) {
      if (read.ok) {
        files.push({
          fileName,
          workshop: read.workshop,
          revision: read.revision,
          modifiedAt: read.modifiedAt,
        })
      } else {
        const hasBackup = await exists(backupPathFor(this.pathOf(fileName)))
        broken.push({ fileName, message: read.message, hasBackup })
      }
    }
    files.sort((a, b) => a.workshop.title.localeCompare(b.workshop.title))
    broken.sort((a, b) => a.fileName.localeCompare(b.fileName))
    for (const name of this.cache.keys()) if (!names.includes(name)) this.cache.delete(name)
    return { files, broken }
  }

  /** Reads one file, from the cache when it has not changed on disk. */
  async read(fileName: string): Promise<WorkshopFileRead> {
    const path = this.pathOf(fileName)
    let info: { mtimeMs: number; size: number }
    try {
      info = await stat(path)
    } catch (error) {
      this.cache.delete(fileName)
      return { ok: false, message: `cannot be read: ${describeFileError(error)}`, modifiedAt: 0 }
    }
    const cached = this.cache.get(fileName)
    if (cached !== undefined && cached.mtimeMs === info.mtimeMs && cached.size === info.size) {
      return cached.read
    }
    const read = await readWorkshopFile(path)
    this.cache.set(fileName, { mtimeMs: info.mtimeMs, size: info.size, read })
    return read
  }
}
