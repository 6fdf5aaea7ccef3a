import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { isMissingFile, writeFileDurably } from './durable-write'

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

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if (isMissingFile(error)) return null
      throw error
    }
    return this.codec.parse(text)
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
