import { app, shell } from 'electron'
import { join } from 'node:path'
import { createAppServices } from '../services/app-services'
import { bindIpc, broadcaster } from './ipc'
import { electronOsPorts } from './os-ports'
import { keepDisplayAwakeDuringSessions } from './power'
import { rendererUrl } from './renderer-url'
import { denyNewWindowsAndNavigation } from './security'
import { createWindows, type AppWindows } from './windows'

// The composition root: wire the services, IPC and windows together, and nothing else.

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let windows: AppWindows | null = null
  app.on('second-instance', () => windows?.focusConsole())
  app.on('web-contents-created', (_event, contents) =>
    denyNewWindowsAndNavigation(contents, (url) => shell.openExternal(url)),
  )

  void app.whenReady().then(async () => {
    const send = broadcaster(() => windows?.all() ?? [])
    const power = keepDisplayAwakeDuringSessions()
    const services = await createAppServices({
      resourcesDir: join(app.getAppPath(), 'resources'),
      userDataDir: app.getPath('userData'),
      defaultLibraryDir: join(app.getPath('documents'), 'Facilitator Workshops'),
      appVersion: app.getVersion(),
      os: electronOsPorts(() => windows),
      emit: (event, payload) => {
        power.observe(event, payload)
        send(event, payload)
      },
    })
    const appUrl = rendererUrl()
    bindIpc(services.handlers, appUrl, () => windows?.all() ?? [])
    windows = createWindows(appUrl)
    services.placeRoomDisplay()

    let flushed = false
    app.on('before-quit', (event) => {
      if (flushed) return
      event.preventDefault()
      power.stop()
      services.dispose()
      void services.flush().finally(() => {
        flushed = true
        app.quit()
      })
    })
  })

  app.on('window-all-closed', () => app.quit())
}
