import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { consolePageUrl } from '@common/api/first-screen'
import { chooseRoomPlacement, type WindowPlacement } from '@common/display/room-placement'
import { planRoomMove, type RoomWindowState } from '@common/display/room-window-moves'
import type { MessageId } from '@common/i18n/message-id'
import type { Translator } from '@common/i18n/translator'
import { toDisplayInfo } from './display-info'
import { secureWebPreferences } from './web-preferences'

const PRELOAD = join(import.meta.dirname, '../preload/index.cjs')
const titles: Record<'console' | 'room', MessageId> = {
  console: 'window.console',
  room: 'window.room',
}

function createWindow(
  title: string,
  options: { x?: number; y?: number; width: number; height: number },
) {
  const window = new BrowserWindow({
    title,
    ...options,
    show: false,
    backgroundColor: '#10151c',
    webPreferences: secureWebPreferences(PRELOAD),
  })
  // Each window keeps the title given here: the page's <title> is the same for both.
  window.on('page-title-updated', (event) => event.preventDefault())
  return window
}

/**
 * The console and the room display. Either may be closed and opened again; everything that
 * reaches for a window asks here and gets null when it is closed, so no event ever touches a
 * destroyed window.
 */
export class AppWindows {
  console: BrowserWindow | null = null
  room: BrowserWindow | null = null
  private roomState: RoomWindowState = { shown: false, displayId: null, fullscreen: false }
  private wantsFullscreen = false
  private readonly roomListeners = new Set<() => void>()

  constructor(
    private readonly appUrl: string,
    private readonly onConsoleClose: (event: Electron.Event) => void,
    /** The app language's translator: the windows are named in it. */
    private readonly t: () => Translator,
  ) {}

  private titleOf(window: 'console' | 'room'): string {
    return this.t().formatMessage({ id: titles[window] })
  }

  /** Names the open windows again, in the app's language now (after the facilitator changed it). */
  retitle(): void {
    if (this.console !== null && !this.console.isDestroyed())
      this.console.setTitle(this.titleOf('console'))
    if (this.room !== null && !this.room.isDestroyed()) this.room.setTitle(this.titleOf('room'))
  }

  /** Every open window, for events and the sender check. */
  all(): BrowserWindow[] {
    return [this.console, this.room].filter(
      (w): w is BrowserWindow => w !== null && !w.isDestroyed(),
    )
  }

  /** Opens the console on the primary display, hidden until its first paint. */
  openConsole(): BrowserWindow {
    if (this.console !== null) return this.console
    const placement = chooseRoomPlacement(
      screen.getAllDisplays().map(toDisplayInfo),
      screen.getPrimaryDisplay().id,
    )
    const window = createWindow(this.titleOf('console'), placement.console.bounds)
    window.once('ready-to-show', () => window.show())
    window.on('close', (event) => this.onConsoleClose(event))
    window.on('closed', () => {
      this.console = null
    })
    void window.loadURL(consolePageUrl(this.appUrl))
    this.console = window
    return window
  }

  /**
   * Opens the room display, hidden: the display service places it on its display before its
   * first paint, and it enters fullscreen once, after it is shown.
   */
  openRoom(): BrowserWindow {
    if (this.room !== null) {
      this.room.show()
      return this.room
    }
    const window = createWindow(this.titleOf('room'), { width: 960, height: 540 })
    window.removeMenu()
    this.roomState = { shown: false, displayId: null, fullscreen: false }
    window.once('ready-to-show', () => {
      window.show()
      this.roomState.shown = true
      if (this.wantsFullscreen) window.setFullScreen(true)
      this.roomState.fullscreen = this.wantsFullscreen
    })
    window.on('closed', () => {
      this.room = null
      this.tellRoomListeners()
    })
    void window.loadURL(`${this.appUrl}#/room`)
    this.room = window
    this.tellRoomListeners()
    return window
  }

  /** Moves the room window to a placement, touching fullscreen only when that must change. */
  placeRoom(target: WindowPlacement): void {
    const room = this.room
    if (room === null) return
    for (const step of planRoomMove(this.roomState, target)) {
      if (step.kind === 'leaveFullscreen') room.setFullScreen(false)
      if (step.kind === 'setBounds') room.setBounds(step.bounds)
      if (step.kind === 'enterFullscreen') room.setFullScreen(true)
    }
    this.roomState = { ...this.roomState, displayId: target.displayId }
    this.wantsFullscreen = target.fullscreen
    if (this.roomState.shown) this.roomState.fullscreen = target.fullscreen
  }

  toggleRoomFullscreen(): void {
    const room = this.room
    if (room === null) return
    const fullscreen = !room.isFullScreen()
    room.setFullScreen(fullscreen)
    this.roomState.fullscreen = fullscreen
    this.wantsFullscreen = fullscreen
  }

  /** Brings the console forward, opening it again when it was closed (macOS keeps the app). */
  focusConsole(): void {
    const window = this.console ?? this.openConsole()
    if (window.isMinimized()) window.restore()
    window.focus()
  }

  /** Calls back when the room window opens or closes; returns a function that stops it. */
  onRoomOpenedOrClosed(listener: () => void): () => void {
    this.roomListeners.add(listener)
    return () => this.roomListeners.delete(listener)
  }

  private tellRoomListeners(): void {
    for (const listener of this.roomListeners) listener()
  }
}
