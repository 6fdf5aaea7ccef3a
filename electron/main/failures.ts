import { app, dialog, type BrowserWindow } from 'electron'
import { pickLanguage } from '@common/i18n/locales'
import { translatorFor, type Translator } from '@common/i18n/translator'
import type { AppLog } from './app-log'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The language of a dialog shown when the settings may not be readable: the system's. Before the
 * app is ready the system's languages may not be known yet, so English.
 */
function systemTranslator(systemLanguages: readonly string[]): Translator {
  return translatorFor(pickLanguage(systemLanguages))
}

/**
 * A start that cannot finish says so in a native dialog (which Electron can show even before
 * the app is ready) and quits, instead of leaving a process running with no window. The settings
 * are not trusted here, so the dialog speaks the system's language (`systemLanguages`).
 */
export function failStart(
  log: AppLog,
  error: unknown,
  systemLanguages: readonly string[] = [],
): void {
  log.error('Facilitator could not start', error)
  const t = systemTranslator(systemLanguages)
  dialog.showErrorBox(
    t.formatMessage({ id: 'dialog.startFailed.title' }),
    t.formatMessage(
      { id: 'dialog.startFailed.detail' },
      { message: messageOf(error), logFile: log.filePath() },
    ),
  )
  app.exit(1)
}

/**
 * Errors nothing caught. Before the app has started one is fatal: the start cannot be trusted,
 * so it is shown and the app quits. Once running, the app keeps going, since a session in front
 * of a room matters more than one failed action; the error is logged and shown once, and the
 * notes and the run are already on disk.
 */
export function catchStrayErrors(
  log: AppLog,
  hasStarted: () => boolean,
  language: () => Translator | null,
): void {
  let shown = false
  process.on('uncaughtException', (error) => {
    const systemLanguages = app.isReady() ? app.getPreferredSystemLanguages() : []
    if (!hasStarted()) {
      failStart(log, error, systemLanguages)
      return
    }
    log.error('Uncaught error', error)
    if (shown) return
    shown = true
    const t = language() ?? systemTranslator(systemLanguages)
    dialog.showErrorBox(
      t.formatMessage({ id: 'dialog.strayError.title' }),
      t.formatMessage(
        { id: 'dialog.strayError.detail' },
        { message: messageOf(error), logFile: log.filePath() },
      ),
    )
  })
  process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection', reason))
}

/**
 * Files that were set aside at start (an unreadable settings file or restore point) are named
 * once the console is on screen, without stopping the start.
 */
export function tellStartupNotices(
  console: BrowserWindow,
  notices: string[],
  log: AppLog,
  t: Translator,
): void {
  if (notices.length === 0) return
  for (const notice of notices) log.warn(notice)
  console.once('ready-to-show', () => {
    if (console.isDestroyed()) return
    void dialog.showMessageBox(console, {
      type: 'warning',
      message: t.formatMessage({ id: 'dialog.startupNotices.message' }),
      detail: t.formatMessage(
        { id: 'dialog.startupNotices.detail' },
        { notices: notices.join('\n\n'), logFile: log.filePath() },
      ),
    })
  })
}
