import { EventEmitter } from 'node:events'
import type { WindowRecord } from '../protocol'
import type { StandInIpcMain } from './ipc'
import { loadThroughScheme } from './page-load'
import type { StandInProtocol } from './scheme'
import { StandInWebContents } from './web-contents'
import { destroyedError, emitPreventable, type World } from './world'

interface Rect {
  x: number
  y: number
  width: number
  height: number
}

interface Options {
  title?: string
  x?: number
  y?: number
  width?: number
  height?: number
  show?: boolean
  fullscreen?: boolean
  webPreferences?: Record<string, unknown>
}

/** What the app's own events need from the stand-in app: a window was created or closed. */
export interface WindowHooks {
  created(window: StandInBrowserWindow): void
  closed(window: StandInBrowserWindow): void
}

let nextId = 1

/**
 * BrowserWindow as Electron behaves where the app depends on it: not before `ready`; `close`
 * can be prevented; once destroyed every method but `isDestroyed` throws; `ready-to-show` and
 * `page-title-updated` come after `loadURL`, and an unprevented title change renames the window.
 */
export class StandInBrowserWindow extends EventEmitter {
  static all: StandInBrowserWindow[] = []
  static world: World
  static ipcMain: StandInIpcMain
  static protocol: StandInProtocol
  static hooks: WindowHooks

  readonly id = nextId++
  private readonly contents: StandInWebContents
  private destroyed = false
  private title: string
  private bounds: Rect
  private visible: boolean
  private fullscreen: boolean
  private minimized = false
  private menuRemoved = false
  private loaded: string[] = []
  private loadFailure: string | null = null
  readonly calls: string[] = []
  private readonly preferences: Record<string, unknown>

  constructor(options: Options = {}) {
    super()
    StandInBrowserWindow.world.requireReady('BrowserWindow')
    this.title = options.title ?? 'Electron'
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    }
    this.visible = options.show ?? true
    this.fullscreen = options.fullscreen ?? false
    this.preferences = options.webPreferences ?? {}
    this.contents = new StandInWebContents(StandInBrowserWindow.ipcMain)
    StandInBrowserWindow.all.push(this)
    StandInBrowserWindow.hooks.created(this)
  }

  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.all.filter((w) => !w.destroyed)
  }

  private alive(): void {
    if (this.destroyed) throw destroyedError()
  }

  get webContents(): StandInWebContents {
    this.alive()
    return this.contents
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /**
   * Loads the page on a later turn, through its scheme's handler when it has one. A page that
   * fails to load rejects and fires `did-fail-load`; one whose scripts or styles fail still
   * loads, as in Chromium, but blank: either way the reason is kept for the tests.
   */
  loadURL(url: string): Promise<void> {
    this.alive()
    const preload = this.preferences.preload as string | undefined
    return new Promise((resolve, reject) => {
      setImmediate(() => {
        void loadThroughScheme(StandInBrowserWindow.protocol, url).then((load) => {
          if (this.destroyed) {
            reject(new Error('ERR_ABORTED'))
            return
          }
          this.loaded = load.loaded
          this.loadFailure = load.failure
          if (load.pageFailed) {
            this.contents.emit('did-fail-load', {}, -2, load.failure, url)
            reject(new Error(`ERR_FAILED (-2) loading '${url}': ${String(load.failure)}`))
            return
          }
          try {
            this.contents.load(url, preload)
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
            return
          }
          if (!emitPreventable(this, 'page-title-updated', 'Facilitator', true))
            this.title = 'Facilitator'
          this.contents.emit('did-finish-load')
          this.emit('ready-to-show')
          resolve()
        })
      })
    })
  }

  show(): void {
    this.alive()
    this.visible = true
    this.calls.push('show')
  }

  hide(): void {
    this.alive()
    this.visible = false
  }

  isVisible(): boolean {
    this.alive()
    return this.visible
  }

  focus(): void {
    this.alive()
    this.visible = true
  }

  restore(): void {
    this.alive()
    this.minimized = false
  }

  isMinimized(): boolean {
    this.alive()
    return this.minimized
  }

  setBounds(bounds: Partial<Rect>): void {
    this.alive()
    this.bounds = { ...this.bounds, ...bounds }
    this.calls.push('setBounds')
  }

  getBounds(): Rect {
    this.alive()
    return { ...this.bounds }
  }

  setFullScreen(on: boolean): void {
    this.alive()
    this.fullscreen = on
    this.calls.push(`setFullScreen:${String(on)}`)
  }

  isFullScreen(): boolean {
    this.alive()
    return this.fullscreen
  }

  setTitle(title: string): void {
    this.alive()
    this.title = title
  }

  getTitle(): string {
    this.alive()
    return this.title
  }

  removeMenu(): void {
    this.alive()
    this.menuRemoved = true
  }

  setMenuBarVisibility(visible: boolean): void {
    this.alive()
    this.menuRemoved = !visible
  }

  /** Asks to close: `close` may be prevented; otherwise the window is destroyed, then `closed`. */
  close(): void {
    this.alive()
    if (emitPreventable(this, 'close')) return
    this.destroy()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.contents.destroy()
    this.emit('closed')
    StandInBrowserWindow.hooks.closed(this)
  }

  record(): WindowRecord {
    return {
      id: this.id,
      title: this.title,
      url: this.contents.isDestroyed() ? '' : this.contents.getURL(),
      destroyed: this.destroyed,
      visible: this.visible,
      fullscreen: this.fullscreen,
      bounds: { ...this.bounds },
      menuRemoved: this.menuRemoved,
      calls: [...this.calls],
      loaded: [...this.loaded],
      loadFailure: this.loadFailure,
      exposed: Object.fromEntries(
        Object.entries(this.contents.exposed).map(([key, api]) => [key, Object.keys(api).sort()]),
      ),
      webPreferences: Object.fromEntries(
        Object.entries(this.preferences).filter(([key]) => key !== 'preload'),
      ),
    }
  }

  /** For the tests: the page's side of the bridge. */
  exposedApi(key: string): Record<string, unknown> | undefined {
    return this.contents.exposed[key]
  }
}
