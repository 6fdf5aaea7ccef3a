import type { Adapter } from 'lowdb'
import { pathExists, writeFileDurably } from './durable-write'
import { readRegularFile } from './read-regular-file'

/**
 * The largest document read: far above a settings file, a restore point or a session record of a
 * long day's notes, and a bound on what a wrong file in their place can cost to read.
 */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

/** How a document turns into text and back. `parse` throws on a file it cannot accept. */
export interface Codec<T> {
  parse(text: string): T
  serialize(data: T): string
}

interface Waiter {
  resolve(): void
  reject(error: unknown): void
}

/**
 * A lowdb adapter whose writes never leave a half-written file (see {@link writeFileDurably}) and
 * are serialised: a write waits for the one before it, and writes queued behind a running one
 * collapse into the latest, since only the latest state matters. The data is turned into text
 * when its write starts, so a document that grows with every call (a session's notes) is
 * serialised once per disk write rather than once per call.
 */
export class DurableFileAdapter<T> implements Adapter<T> {
  private running: Promise<void> = Promise.resolve()
  private queued: { data: T; waiters: Waiter[] } | null = null
  private writing = false

  constructor(
    readonly path: string,
    private readonly codec: Codec<T>,
  ) {}

  /**
   * The document, or null when there is none yet. Only a regular file is read: a named pipe or a
   * device in its place would block the read (and the app's start) for good, so it is refused
   * like any file that cannot be read.
   */
  async read(): Promise<T | null> {
    const read = await readRegularFile(this.path, MAX_DOCUMENT_BYTES)
    if (read.ok) return this.codec.parse(read.text)
    // A folder that is not there yet holds no document either (a first start).
    if (read.reason === 'missing' || !(await pathExists(this.path))) return null
    throw new Error(`${this.path} ${read.message}`)
  }

  write(data: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.queued !== null) {
        this.queued.data = data
        this.queued.waiters.push({ resolve, reject })
        return
      }
      this.queued = { data, waiters: [{ resolve, reject }] }
      this.running = this.running.then(() => this.writeQueued())
    })
  }

  private async writeQueued(): Promise<void> {
    const batch = this.queued
    if (batch === null) return
    this.queued = null
    this.writing = true
    try {
      await writeFileDurably(this.path, this.codec.serialize(batch.data))
      for (const waiter of batch.waiters) waiter.resolve()
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error)
    } finally {
      this.writing = false
    }
  }

  /** True while a write is running or waiting to run. */
  get isWriting(): boolean {
    return this.writing || this.queued !== null
  }

  /** Resolves once every write queued so far has finished, successfully or not. */
  flush(): Promise<void> {
    return this.running
  }
}
