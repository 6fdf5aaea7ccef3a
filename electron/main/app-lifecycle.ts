import { app, dialog, type MessageBoxOptions } from 'electron'
import { translatorFor, type Translator } from '@common/i18n/translator'
import type { AppServices } from '../services/app-services'
import type { AppLog } from './app-log'
import { flushWithin } from './bounded-flush'
import type { AppWindows } from './windows'

interface LifecycleParts {
  windows: AppWindows
  services: AppServices
  log: AppLog
  /** Stops keeping the display awake. */
  stopPowerBlocker(): void
  /** Opens whichever window is closed, places the room and brings the console forward. */
  showWindows(): void
  platform: NodeJS.Platform
}

/** The question before closing during a session, in the app's language. */
function askBeforeClosing(t: Translator): MessageBoxOptions {
  return {
    type: 'question',
    buttons: [
      t.formatMessage({ id: 'dialog.closeRunning.keepOpen' }),
      t.formatMessage({ id: 'dialog.closeRunning.close' }),
    ],
    defaultId: 0,
    cancelId: 0,
    message: t.formatMessage({ id: 'dialog.closeRunning.message' }),
    detail: t.formatMessage({ id: 'dialog.closeRunning.detail' }),
  }
}

/**
 * How the app closes and quits. Closing the console quits the app (on macOS it closes both
 * windows and the app stays in the Dock, as Mac apps do), after asking when a session is running.
 * Quitting flushes every write with a bounded wait, and happens once however often it is asked.
 */
export function manageLifecycle(parts: LifecycleParts): {
  onConsoleClose(event: Electron.Event): void
} {
  const { windows, services, log } = parts
  const isMac = parts.platform === 'darwin'
  let closeConfirmed = false
  let asking = false
  let quitting = false
  let flushed = false

  async function confirmClosing(): Promise<boolean> {
    if (closeConfirmed || !services.hasActiveSession()) return true
    if (asking) return false
    asking = true
    try {
      const owner = windows.console
      const question = askBeforeClosing(translatorFor(services.appLanguage()))
      const { response } = owner
        ? await dialog.showMessageBox(owner, question)
        : await dialog.showMessageBox(question)
      closeConfirmed = response === 1
      return closeConfirmed
    } finally {
      asking = false
    }
  }

  function closeBothOrQuit(): void {
    if (!isMac) {
      app.quit()
      return
    }
    windows.room?.close()
    windows.console?.close()
  }

  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    if (quitting) return
    void confirmClosing().then(async (confirmed) => {
      if (!confirmed || quitting) return
      quitting = true
      parts.stopPowerBlocker()
      services.dispose()
      await flushWithin(services.flush(), () => services.unfinishedWrites(), log)
      flushed = true
      log.info('Quitting')
      app.quit()
    })
  })
  app.on('window-all-closed', () => {
    if (!isMac) app.quit()
  })
  app.on('activate', () => {
    closeConfirmed = false
    parts.showWindows()
  })

  return {
    onConsoleClose(event) {
      if (quitting) return
      if (!closeConfirmed && services.hasActiveSession()) {
        event.preventDefault()
        void confirmClosing().then((confirmed) => {
          if (confirmed) closeBothOrQuit()
        })
        return
      }
      if (isMac) {
        windows.room?.close()
        return
      }
      // Quitting closes both windows, after the writes are flushed.
      event.preventDefault()
      app.quit()
    },
  }
}
