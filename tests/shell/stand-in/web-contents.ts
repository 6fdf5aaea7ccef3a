import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import type { StandInIpcMain } from './ipc'
import { destroyedError } from './world'

let nextId = 1

/**
 * A page's webContents with its preload. The preload is the built file, run as a sandboxed
 * preload runs: in a context of its own whose `require` knows only 'electron', which offers
 * `contextBridge` and `ipcRenderer` and nothing else.
 */
export class StandInWebContents extends EventEmitter {
  readonly id = nextId++
  private url = ''
  private destroyed = false
  /** What the preload exposed to the page, by key. */
  readonly exposed: Record<string, Record<string, unknown>> = {}
  private readonly rendererListeners = new Map<
    string,
    Set<(event: unknown, payload: unknown) => void>
  >()
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null

  constructor(private readonly ipcMain: StandInIpcMain) {
    super()
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError()
  }

  getURL(): string {
    this.alive()
    return this.url
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  destroy(): void {
    this.destroyed = true
  }

  send(channel: string, payload: unknown): void {
    this.alive()
    const copy = structuredClone(payload)
    setImmediate(() => {
      for (const listener of this.rendererListeners.get(channel) ?? []) listener({}, copy)
    })
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.alive()
    this.windowOpenHandler = handler
  }

  openDevTools(): void {
    this.alive()
  }

  /** Loads a page: runs the preload first, as Electron does before the page's own scripts. */
  load(url: string, preload: string | undefined): void {
    this.alive()
    this.url = url
    if (preload !== undefined) this.runPreload(preload)
  }

  private runPreload(path: string): void {
    const contextBridge = {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => {
        this.exposed[key] = api
      },
    }
    const ipcRenderer = {
      invoke: (channel: string, ...args: unknown[]) => this.ipcMain.invoke(this, channel, args),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        const listeners = this.rendererListeners.get(channel) ?? new Set()
        listeners.add(listener)
        this.rendererListeners.set(channel, listeners)
        return ipcRenderer
      },
      removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
        this.rendererListeners.get(channel)?.delete(listener)
        return ipcRenderer
      },
    }
    const require = (id: string) => {
      if (id === 'electron') return { contextBridge, ipcRenderer }
      throw new Error(`module not found: ${id} (a sandboxed preload can require only 'electron')`)
    }
    const module = { exports: {} }
    const wrapped = `(function (exports, require, module) {\n${readFileSync(path, 'utf8')}\n})`
    const run = runInNewContext(wrapped, {}, { filename: path }) as (
      exports: unknown,
      require: (id: string) => unknown,
      module: unknown,
    ) => void
    run(module.exports, require, module)
  }
}
