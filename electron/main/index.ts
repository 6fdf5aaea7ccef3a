import { app, dialog, Menu, shell } from 'electron'
import { join } from 'node:path'
import { aboutText } from '@common/about'
import { pickLanguage } from '@common/i18n/locales'
import { translatorFor, type Translator } from '@common/i18n/translator'
import type { MessageId } from '@common/i18n/message-id'
import { shortcutSheet } from '@common/domain/run/shortcuts'
import { createAppServices } from '../services/app-services'
import { appMenuTemplate } from './app-menu'
import { appRoot, nameTheApp } from './app-identity'
import { registerAppScheme, serveAppPages } from './app-scheme'
import { manageLifecycle } from './app-lifecycle'
import { openAppLog } from './app-log'
import { catchStrayErrors, failStart, tellStartupNotices } from './failures'
import { bindIpc, broadcaster } from './ipc'
import { electronOsPorts } from './os-ports'
import { keepDisplayAwakeDuringSessions } from './power'
import { isDevServer, rendererUrl } from './renderer-url'
import { denyNewWindowsAndNavigation } from './security'
import { AppWindows } from './windows'

// The composition root: wire the log, the services, IPC, the windows and the menu, and nothing else.

nameTheApp()
registerAppScheme()
const log = openAppLog()
let started = false
// The app's language once the settings are read; until then a failure speaks the system's.
let appTranslator: (() => Translator) | null = null
catchStrayErrors(
  log,
  () => started,
  () => appTranslator?.() ?? null,
)
let showWindows: (() => void) | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => showWindows?.())
  app.on('web-contents-created', (_event, contents) =>
    denyNewWindowsAndNavigation(contents, (url) => shell.openExternal(url)),
  )
  app
    .whenReady()
    .then(start)
    .then(
      () => {
        started = true
      },
      (error: unknown) => failStart(log, error, app.getPreferredSystemLanguages()),
    )
}

async function start(): Promise<void> {
  log.info(`Facilitator ${app.getVersion()} starting from ${appRoot}`)
  const appUrl = rendererUrl()
  let onConsoleClose: (event: Electron.Event) => void = () => undefined
  // The windows open once the settings are read, so they are named in the app's language.
  const windows = new AppWindows(
    appUrl,
    (event) => onConsoleClose(event),
    () => appTranslator?.() ?? translatorFor(pickLanguage(app.getPreferredSystemLanguages())),
  )
  const send = broadcaster(() => windows.all())
  const power = keepDisplayAwakeDuringSessions()
  let setMenu: () => void = () => undefined
  const services = await createAppServices({
    resourcesDir: join(appRoot, 'resources'),
    userDataDir: app.getPath('userData'),
    defaultLibraryDir: join(app.getPath('documents'), 'Facilitator Workshops'),
    appVersion: app.getVersion(),
    systemLanguages: app.getPreferredSystemLanguages(),
    os: electronOsPorts(windows),
    // Once the windows are up and the facilitator is reading the console.
    warmUpHandoutsAfterMs: 5_000,
    log,
    emit: (event, payload) => {
      power.observe(event, payload)
      send(event, payload)
      // The menu and the window titles speak the app's language: a new choice redoes them at once.
      if (event === 'preferencesChanged') {
        setMenu()
        windows.retitle()
      }
    },
  })
  serveAppPages(join(import.meta.dirname, '../renderer'), services.firstScreen)
  bindIpc(services.handlers, appUrl, () => windows.all())
  appTranslator = () => translatorFor(services.appLanguage())

  showWindows = () => {
    windows.openConsole()
    if (windows.room === null) windows.openRoom()
    services.placeRoomDisplay()
    windows.focusConsole()
  }
  const lifecycle = manageLifecycle({
    windows,
    services,
    log,
    stopPowerBlocker: () => power.stop(),
    showWindows,
    platform: process.platform,
  })
  onConsoleClose = (event) => lifecycle.onConsoleClose(event)

  const tell = (title: string, detail: string) => {
    const owner = windows.console
    const options = { type: 'info' as const, message: title, detail }
    void (owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options))
  }
  setMenu = () => {
    const t = translatorFor(services.appLanguage())
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          platform: process.platform,
          isDevelopment: isDevServer(appUrl),
          t,
          actions: {
            showRoomWindow: () => void services.handlers.showRoomWindow({}),
            toggleRoomFullscreen: () => void services.handlers.toggleRoomFullscreen({}),
            showShortcuts: () => {
              const said = translatorFor(services.appLanguage())
              const say = (id: MessageId) => said.formatMessage({ id })
              tell(
                say('dialog.shortcuts.title'),
                shortcutSheet.map((s) => `${say(s.keys)}: ${say(s.does)}`).join('\n'),
              )
            },
            showAbout: () => {
              const about = aboutText(app.getVersion(), translatorFor(services.appLanguage()))
              tell(about.title, about.detail)
            },
          },
        }),
      ),
    )
  }
  setMenu()

  const consoleWindow = windows.openConsole()
  windows.openRoom()
  services.placeRoomDisplay()
  tellStartupNotices(
    consoleWindow,
    services.startupNotices,
    log,
    translatorFor(services.appLanguage()),
  )
}
