import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences } from './web-preferences'
import { chooseRoomPlacement, type WindowPlacement } from '@common/display/room-placement'
import { toDisplayInfo } from './display-port'

export interface AppWindows {
  console: BrowserWindow
  room: BrowserWindow
  all(): BrowserWindow[]
  focusConsole(): void
}

function createWindow(title: string, placement: WindowPlacement): BrowserWindow {
  return new BrowserWindow({
    title,
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    show: false,
    backgroundColor: '#10151c',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  })
}

/** Opens the console on the laptop and the room display on the projector when there is one. */
export function createWindows(appUrl: string): AppWindows {
  const placement = chooseRoomPlacement(
    screen.getAllDisplays().map(toDisplayInfo),
    screen.getPrimaryDisplay().id,
  )
  const consoleWindow = createWindow('Facilitator', placement.console)
  const room = createWindow('Facilitator — Room display', placement.room)
  for (const window of [consoleWindow, room]) window.once('ready-to-show', () => window.show())
  void consoleWindow.loadURL(`${appUrl}#/console`)
  void room.loadURL(`${appUrl}#/room`)
  return {
    console: consoleWindow,
    room,
    all: () => [consoleWindow, room].filter((w) => !w.isDestroyed()),
    focusConsole: () => {
      if (consoleWindow.isMinimized()) consoleWindow.restore()
      consoleWindow.focus()
    },
  }
}
