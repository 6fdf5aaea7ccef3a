import { BrowserWindow, screen, type Display } from 'electron'
import { chooseRoomPlacement } from '@common/display/room-placement'
import type { DisplayPort } from '../services/os-ports'
import { toDisplayInfo } from './display-info'
import type { AppWindows } from './windows'

function listDisplays() {
  return {
    displays: screen.getAllDisplays().map(toDisplayInfo),
    primaryId: screen.getPrimaryDisplay().id,
  }
}

function showNumber(display: Display, index: number): void {
  const size = 240
  const badge = new BrowserWindow({
    x: Math.round(display.bounds.x + (display.bounds.width - size) / 2),
    y: Math.round(display.bounds.y + (display.bounds.height - size) / 2),
    width: size,
    height: size,
    frame: false,
    transparent: true,
    alwaysOnTop: true,
    focusable: false,
    skipTaskbar: true,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
  })
  const html = `<body style="margin:0;display:grid;place-items:center;height:100vh;background:#1f5f8bee;color:#fff;font:700 160px system-ui;border-radius:24px">${String(index + 1)}</body>`
  void badge.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
  setTimeout(() => {
    if (!badge.isDestroyed()) badge.close()
  }, 3000)
}

/** The display list and room-window placement, done with Electron's screen and windows. */
export function electronDisplayPort(windows: AppWindows): DisplayPort {
  return {
    list: listDisplays,
    placeRoom(displayId, rehearsal) {
      // A closed room window has no place; the console stays where the user left it.
      if (windows.room === null) return
      const { displays, primaryId } = listDisplays()
      const placement = chooseRoomPlacement(
        rehearsal || displayId === null ? displays.filter((d) => d.id === primaryId) : displays,
        primaryId,
        displayId,
      )
      windows.placeRoom(placement.room)
      // The console moves whenever it is not where it belongs: beside the room on one screen,
      // off the primary screen when the room takes it, and back once the room leaves it.
      const console = windows.console
      if (console === null) return
      const consoleOn = screen.getDisplayMatching(console.getBounds()).id
      if (!placement.roomHasOwnDisplay || consoleOn !== placement.console.displayId)
        console.setBounds(placement.console.bounds)
    },
    toggleRoomFullscreen: () => windows.toggleRoomFullscreen(),
    isRoomWindowOpen: () => windows.room !== null,
    openRoomWindow: () => void windows.openRoom(),
    identify() {
      screen.getAllDisplays().forEach(showNumber)
    },
    onChange(listener) {
      const changed = () => listener()
      screen.on('display-added', changed)
      screen.on('display-removed', changed)
      screen.on('display-metrics-changed', changed)
      const stopRoom = windows.onRoomOpenedOrClosed(changed)
      return () => {
        screen.removeListener('display-added', changed)
        screen.removeListener('display-removed', changed)
        screen.removeListener('display-metrics-changed', changed)
        stopRoom()
      }
    },
  }
}
