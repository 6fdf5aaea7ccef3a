import { EventEmitter } from 'node:events'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StandInBrowserWindow } from './browser-window'
import { emitPreventable, type World } from './world'

const ELECTRON_VERSION = '45.5.0'

function readPackage(appPath: string): { name?: string; productName?: string; version?: string } {
  const file = join(appPath, 'package.json')
  if (!existsSync(file)) return {}
  return JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
}

/**
 * `app` as Electron behaves where the app depends on it. The name and version come from the
 * app folder's package.json (Electron's own when it has none); userData is fixed at launch from
 * that name, so a later `setName` does not move it; `quit` runs before-quit, closes every window
 * (a prevented close cancels the quit), then will-quit and quit; `exit` ends at once.
 */
export class StandInApp extends EventEmitter {
  private name: string
  private readonly version: string
  private readonly paths = new Map<string, string>()
  private readyPromise: Promise<void>
  private markReady: () => void = () => undefined
  private quitting = false
  readonly isPackaged: boolean
  readonly commandLine = { appendSwitch: () => undefined, hasSwitch: () => false }

  constructor(
    private readonly world: World,
    private readonly exitProcess: (code: number) => void,
  ) {
    super()
    const config = world.config
    const pkg = readPackage(config.appPath)
    this.name = pkg.productName ?? pkg.name ?? 'Electron'
    this.version = pkg.version ?? ELECTRON_VERSION
    this.isPackaged = config.isPackaged
    this.paths.set('appData', config.paths.appData)
    this.paths.set('userData', join(config.paths.appData, this.name))
    this.paths.set('documents', config.paths.documents)
    this.paths.set('home', config.paths.home)
    this.paths.set('temp', config.paths.temp)
    this.readyPromise = new Promise((resolve) => {
      this.markReady = resolve
    })
  }

  /** Fires `ready`, once the main script has run its first turn. */
  becomeReady(): void {
    this.world.ready = true
    this.emit('ready', {})
    this.markReady()
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }

  isReady(): boolean {
    return this.world.ready
  }

  getName(): string {
    return this.name
  }

  setName(name: string): void {
    this.name = name
  }

  getVersion(): string {
    return this.version
  }

  /**
   * Electron: the user's preferred system languages, most preferred first, with their region
   * where the system gives one ("de-AT").
   */
  getPreferredSystemLanguages(): string[] {
    return [...this.world.config.systemLanguages]
  }

  getAppPath(): string {
    return this.world.config.appPath
  }

  getPath(name: string): string {
    const path = this.paths.get(name)
    if (name === 'logs' && path === undefined) return this.defaultLogsPath()
    if (path === undefined) throw new Error(`Failed to get '${name}' path`)
    return path
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path)
  }

  setAppLogsPath(path?: string): void {
    this.paths.set('logs', path ?? this.defaultLogsPath())
  }

  private defaultLogsPath(): string {
    return this.world.config.platform === 'darwin'
      ? join(this.world.config.paths.home, 'Library', 'Logs', this.name)
      : join(this.getPath('userData'), 'logs')
  }

  requestSingleInstanceLock(): boolean {
    return this.world.config.firstInstance
  }

  focus(): void {
    return
  }

  setAboutPanelOptions(): void {
    return
  }

  override emit(name: string | symbol, ...args: unknown[]): boolean {
    if (typeof name === 'string' && name !== 'ready' && name !== 'web-contents-created')
      this.world.appEvents.push(name)
    return super.emit(name, ...args)
  }

  quit(): void {
    if (this.quitting) return
    if (emitPreventable(this, 'before-quit')) return
    this.quitting = true
    for (const window of StandInBrowserWindow.getAllWindows()) {
      window.close()
      if (!window.isDestroyed()) {
        // A window refused to close: Electron gives up the quit.
        this.quitting = false
        return
      }
    }
    if (emitPreventable(this, 'will-quit')) {
      this.quitting = false
      return
    }
    this.emit('quit', {}, 0)
    this.exitProcess(0)
  }

  exit(code = 0): void {
    this.exitProcess(code)
  }

  /** Electron's rule when the last window closes: the app quits unless someone listens. */
  lastWindowClosed(): void {
    if (this.quitting) return
    if (this.listenerCount('window-all-closed') === 0) {
      this.quit()
      return
    }
    this.emit('window-all-closed')
  }
}
