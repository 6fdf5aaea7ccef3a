import { open, readFile, rm, stat, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { isMissingFile, syncFolder } from './durable-write'

/**
 * An append-only file of JSON lines, for changes that must be on disk before they are
 * acknowledged but are small next to the document they change (a note in a session of thousands).
 * Appending one line and flushing it costs well under a millisecond, where rewriting the whole
 * document durably costs tens. The document is rewritten now and then, and the journal dropped
 * once the document holds everything in it ({@link AppendJournal.fold}).
 *
 * Appends and folds run one at a time, in the order they were asked for. Appends are committed as
 * a group: every line asked for while a flush is running waits for the next one and shares it, so
 * two hundred phones asking at once cost a handful of flushes rather than two hundred in a row.
 * Each append still resolves only once its own line is on disk.
 */
export class AppendJournal {
  private handle: FileHandle | null = null
  private queue: Promise<void> = Promise.resolve()
  /** The next flush, while it is queued and has not started yet: lines asked for now join it. */
  private waiting: { lines: string[]; flushed: Promise<void> } | null = null

  constructor(readonly path: string) {}

  /** Adds one entry as a line; resolves once the line is flushed to disk. */
  append(entry: unknown): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`
    if (this.waiting !== null) {
      this.waiting.lines.push(line)
      return this.waiting.flushed
    }
    const lines = [line]
    const flushed = this.enqueue(async () => {
      // From here on the group is closed: a line asked for now waits for the flush after this one.
      if (this.waiting?.lines === lines) this.waiting = null
      await this.writeLines(lines.join(''))
    })
    this.waiting = { lines, flushed }
    return flushed
  }

  private async writeLines(text: string): Promise<void> {
    const handle = await this.openHandle()
    const { size } = await handle.stat()
    // The last line may be cut short: by a crash, or by another program (a sync tool, a second
    // writer) writing into the journal while it is open. An entry appended to it would continue
    // that line and be lost with it although acknowledged, so it starts a line of its own.
    const start = (await endsInPartialLine(handle, size)) ? '\n' : ''
    try {
      await handle.appendFile(`${start}${text}`, 'utf8')
      await handle.datasync()
    } catch (error) {
      await this.undoAppend(handle, size)
      throw error
    }
    if (!(await this.isStillAtPath(handle))) {
      // Closing a handle whose file is gone can fail; the next append opens afresh either way.
      await this.closeHandle().catch(() => undefined)
      throw Object.assign(new Error(`${this.path} was removed or its drive unmounted`), {
        code: 'ENOENT',
      })
    }
  }

  /**
   * An open file outlives its folder: after the folder is deleted, or its drive unmounted, appends
   * still succeed into a file no one can read again. So an entry counts as written only when the
   * file it went into is still the one at the path.
   */
  private async isStillAtPath(handle: FileHandle): Promise<boolean> {
    try {
      const [open, atPath] = await Promise.all([handle.stat(), stat(this.path)])
      return open.nlink > 0 && open.ino === atPath.ino && open.dev === atPath.dev
    } catch {
      return false
    }
  }

  /**
   * A full disk can leave part of a line written: cut the file back to where it was. If even that
   * fails, the next append ends the cut-short line before its own, and opens the file afresh.
   */
  private async undoAppend(handle: FileHandle, size: number): Promise<void> {
    try {
      await handle.truncate(size)
    } catch {
      // Closing a handle whose file is gone can fail; the next append opens afresh either way.
      await this.closeHandle().catch(() => undefined)
    }
  }

  /**
   * Writes the document with `writeDocument` and then removes the journal, with no append in
   * between: every entry appended before the fold is in the document the fold wrote, and every
   * entry appended after it starts a new journal.
   */
  fold(writeDocument: () => Promise<void>): Promise<void> {
    // A line asked for after the fold must not be written before it, into the journal it removes.
    this.waiting = null
    return this.enqueue(async () => {
      await writeDocument()
      await this.closeHandle()
      await rm(this.path, { force: true })
    })
  }

  /** Resolves once every append and fold asked for so far has finished, and closes the file. */
  close(): Promise<void> {
    this.waiting = null
    return this.enqueue(() => this.closeHandle())
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const done = this.queue.then(step)
    // A failed step fails its own caller; the ones after it still run.
    this.queue = done.catch(() => undefined)
    return done
  }

  private async openHandle(): Promise<FileHandle> {
    if (this.handle !== null) {
      if (await this.isStillAtPath(this.handle)) return this.handle
      // The file went with its folder (which may be back by now): start a journal at the path.
      // Closing a handle whose file is gone can fail; the next append opens afresh either way.
      await this.closeHandle().catch(() => undefined)
    }
    const handle = await open(this.path, 'a+')
    const { size } = await handle.stat()
    // A journal that did not exist a moment ago must survive a power cut too: flush its folder.
    if (size === 0) await syncFolder(dirname(this.path))
    this.handle = handle
    return handle
  }

  private async closeHandle(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }
}

/** True when the file's last byte, before `size`, is not the end of a line. */
async function endsInPartialLine(handle: FileHandle, size: number): Promise<boolean> {
  if (size === 0) return false
  const last = Buffer.alloc(1)
  await handle.read(last, 0, 1, size - 1)
  return last[0] !== 0x0a
}

/**
 * The entries of a journal, oldest first; none when there is no journal. A last line without its
 * newline was cut short by a crash before it was acknowledged, and is left out, as is any line
 * that is not JSON.
 */
export async function readJournal(path: string): Promise<unknown[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return []
    throw error
  }
  const complete = text.slice(0, text.lastIndexOf('\n') + 1)
  const entries: unknown[] = []
  for (const line of complete.split('\n')) {
    if (line === '') continue
    try {
      entries.push(JSON.parse(line))
    } catch {
      continue
    }
  }
  return entries
}
