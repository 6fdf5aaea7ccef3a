// The app's own process in the conformance tests: a stand-in for the 'electron' module, put in
// its place with Node's module hooks, then the built main script, run as Electron would run it.
// The test drives it (user actions, display changes) over the child process's IPC channel.
import { registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { Reply, Request, StandInConfig, StandInState } from '../protocol'
import { StandInApp } from './app'
import { StandInBrowserWindow } from './browser-window'
import { StandInIpcMain } from './ipc'
import { StandInProtocol } from './scheme'
import { StandInWebContents } from './web-contents'
import {
  StandInMenu,
  StandInScreen,
  standInDialog,
  standInPowerSaveBlocker,
  standInShell,
} from './system'
import { World } from './world'

const config = JSON.parse(process.env.FACILITATOR_STAND_IN ?? '') as StandInConfig
if (config.platform !== process.platform)
  Object.defineProperty(process, 'platform', { value: config.platform })

const world = new World(config)
const reply = (message: Reply, then: () => void = () => undefined) => process.send?.(message, then)
// The process ends as soon as the app exits, without Node's own teardown: that waits for every
// file-system thread, and one may be stuck on a dead drive. Whether Electron's teardown waits
// too is not something the stand-in can tell; the exit code the app chose is what is reported.
const app = new StandInApp(world, (code) => {
  reply({ kind: 'exit', code, state: snapshot() }, () => process.kill(process.pid, 'SIGKILL'))
})
const ipcMain = new StandInIpcMain()
const screen = new StandInScreen(world)
const powerSaveBlocker = standInPowerSaveBlocker()
const protocol = new StandInProtocol(world)
StandInBrowserWindow.world = world
StandInBrowserWindow.ipcMain = ipcMain
StandInBrowserWindow.protocol = protocol
StandInBrowserWindow.hooks = {
  created: (window) => app.emit('web-contents-created', {}, window.webContents),
  closed: () => {
    if (StandInBrowserWindow.getAllWindows().length === 0) app.lastWindowClosed()
  },
}

const electron = {
  app,
  BrowserWindow: StandInBrowserWindow,
  ipcMain,
  screen,
  Menu: StandInMenu,
  dialog: standInDialog(world),
  shell: standInShell(),
  powerSaveBlocker,
  protocol,
  webContents: {
    getAllWebContents: () => StandInBrowserWindow.getAllWindows().map((w) => w.webContents),
  },
}
;(globalThis as Record<string, unknown>).__facilitatorElectron = electron

const names = Object.keys(electron)
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier !== 'electron') return nextResolve(specifier, context)
    const kind = context.conditions.includes('require') ? 'cjs' : 'mjs'
    return { url: `file:///electron-stand-in/electron.${kind}`, shortCircuit: true }
  },
  load(url, context, nextLoad) {
    if (url === 'file:///electron-stand-in/electron.mjs') {
      const source = names
        .map((name) => `export const ${name} = globalThis.__facilitatorElectron.${name};`)
        .concat('export default globalThis.__facilitatorElectron;')
        .join('\n')
      return { format: 'module', source, shortCircuit: true }
    }
    if (url === 'file:///electron-stand-in/electron.cjs') {
      const source = 'module.exports = globalThis.__facilitatorElectron;'
      return { format: 'commonjs', source, shortCircuit: true }
    }
    return nextLoad(url, context)
  },
})

// Electron's own behaviour for errors nobody handles: a dialog for an uncaught exception, a
// warning for an unhandled rejection; the process goes on either way.
process.on('uncaughtException', (error) => {
  world.uncaughtErrors.push(`uncaught: ${error.stack ?? error.message}`)
  if (process.listenerCount('uncaughtException') === 1)
    world.dialogs.push({
      kind: 'error',
      title: 'A JavaScript error occurred in the main process',
      message: 'A JavaScript error occurred in the main process',
      detail: String(error),
      buttons: ['OK'],
    })
})
process.on('unhandledRejection', (reason) => {
  world.uncaughtErrors.push(`unhandled rejection: ${String(reason)}`)
})

function snapshot(): StandInState {
  const menu = StandInMenu.getApplicationMenu()
  return {
    ready: world.ready,
    windows: StandInBrowserWindow.all.map((w) => w.record()),
    dialogs: world.dialogs,
    appEvents: world.appEvents,
    applicationMenu: menu === null ? null : menu.record(),
    ipcHandlers: [...ipcMain.handlers.keys()].sort(),
    userData: app.getPath('userData'),
    logs: app.getPath('logs'),
    appName: app.getName(),
    uncaughtErrors: world.uncaughtErrors,
    powerBlockersActive: powerSaveBlocker.active.size,
    privilegedSchemes: Object.fromEntries(
      [...protocol.privileged].map(([scheme, privileges]) => [scheme, { ...privileges }]),
    ),
    handledSchemes: protocol.handledSchemes(),
  }
}

function windowById(id: number): StandInBrowserWindow {
  const window = StandInBrowserWindow.all.find((w) => w.id === id)
  if (window === undefined) throw new Error(`no window ${String(id)}`)
  return window
}

function bridgeOf(id: number): Record<string, (arg?: unknown) => unknown> {
  const api = windowById(id).exposedApi('facilitator')
  if (api === undefined) throw new Error(`window ${String(id)} has no bridge`)
  return api as Record<string, (arg?: unknown) => unknown>
}

const heard = new Map<number, { event: string; payload: unknown }[]>()

/** User actions and system events happen on a later turn, as in Electron: what they throw is uncaught. */
function later(action: () => void): null {
  setImmediate(action)
  return null
}

async function perform(request: Request): Promise<unknown> {
  switch (request.op) {
    case 'state':
      return snapshot()
    case 'call': {
      const call = bridgeOf(request.window)[request.name]
      if (typeof call !== 'function') throw new Error(`the bridge has no ${request.name}`)
      return await call(request.arg)
    }
    case 'callFrom': {
      const window = windowById(request.window)
      const url = window.webContents.getURL()
      const channel = `facilitator:call:${request.name}`
      if (request.from === 'subFrame')
        return await ipcMain.invoke(window.webContents, channel, [request.arg], {
          url,
          parent: { url },
        })
      // Another page showing the app's own URL: only being one of the app's windows counts.
      const other = new StandInWebContents(ipcMain)
      other.load(url, undefined)
      return await ipcMain.invoke(other, channel, [request.arg])
    }
    case 'listen': {
      const on = bridgeOf(request.window).on as (e: string, l: (p: unknown) => void) => void
      on(request.event, (payload) => {
        const list = heard.get(request.window) ?? []
        list.push({ event: request.event, payload })
        heard.set(request.window, list)
      })
      return null
    }
    case 'heard':
      return heard.get(request.window) ?? []
    case 'closeWindow':
      return later(() => windowById(request.window).close())
    case 'setDisplays':
      screen.displays = request.displays
      screen.primaryId = request.primaryId
      return later(() => screen.emit(request.event, {}, request.displays[0]))
    case 'secondInstance':
      return later(() => app.emit('second-instance', {}, [], config.appPath))
    case 'activate':
      return later(() => app.emit('activate', {}, false))
    case 'quit':
      return later(() => app.quit())
    case 'clickMenu':
      return later(() => StandInMenu.getApplicationMenu()?.click(request.path))
    case 'answerDialogs':
      world.dialogResponses.push(...request.responses)
      return null
    case 'answerSaveDialog':
      world.savePaths.push(request.path)
      return null
    case 'fetchScheme':
      return await protocol.fetch(request.url, request.method)
  }
}

process.on('message', (request: Request) => {
  perform(request).then(
    (value) => reply({ kind: 'reply', id: request.id, ok: true, value }),
    (error: unknown) => reply({ kind: 'reply', id: request.id, ok: false, error: String(error) }),
  )
})

await import(pathToFileURL(config.mainScript).href)
// Electron fires `ready` after the main script's first turn.
setImmediate(() => app.becomeReady())
