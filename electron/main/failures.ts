import { app, dialog, type BrowserWindow } from 'electron'
import type { AppLog } from './app-log'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * A start that cannot finish says so in a native dialog (which Electron can show even before
 * the app is ready) and quits, instead of leaving a process running with no window.
 */
export function failStart(log: AppLog, error: unknown): void {
  log.error('Facilitator could not start', error)
  dialog.showErrorBox(
    'Facilitator could not start',
    `${messageOf(error)}\n\nThe details are in the log file:\n${log.filePath()}`,
  )
  app.exit(1)
}

/**
 * Errors nothing caught. Before the app has started one is fatal: the start cannot be trusted,
 * so it is shown and the app quits. Once running, the app keeps going, since a session in front
 * of a room matters more than one failed action; the error is logged and shown once, and the
 * notes and the run are already on disk.
 */
export function catchStrayErrors(log: AppLog, hasStarted: () => boolean): void {
  let shown = false
  process.on('uncaughtException', (error) => {
    if (!hasStarted()) {
      failStart(log, error)
      return
    }
    log.error('Uncaught error', error)
    if (shown) return
    shown = true
    dialog.showErrorBox(
      'Something went wrong in Facilitator',
      `${messageOf(error)}\n\nThe session and your notes are kept. The details are in the log file:\n${log.filePath()}`,
    )
  })
  process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection', reason))
}

/**
 * Files that were set aside at start (an unreadable settings file or restore point) are named
 * once the console is on screen, without stopping the start.
 */
export function tellStartupNotices(console: BrowserWindow, notices: string[], log: AppLog): void {
  if (notices.length === 0) return
  for (const notice of notices) log.warn(notice)
  console.once('ready-to-show', () => {
    if (console.isDestroyed()) return
    void dialog.showMessageBox(console, {
      type: 'warning',
      message: 'Facilitator started without some of its files',
      detail: `${notices.join('\n\n')}\n\nThe log file has the details:\n${log.filePath()}`,
    })
  })
}
