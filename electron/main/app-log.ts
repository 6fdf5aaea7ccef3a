import log from 'electron-log/main'
import { describeError, type Logger } from '../services/logger'

/** The app's log: one file in the platform's usual place for the app's logs. */
export interface AppLog extends Logger {
  /** The log file's path, to name in error dialogs and the README. */
  filePath(): string
}

function line(message: string, error: unknown): string {
  return error === undefined ? message : `${message}: ${describeError(error)}`
}

/** Opens the app's log file (`main.log` under Electron's logs path). */
export function openAppLog(): AppLog {
  log.transports.file.level = 'info'
  log.transports.file.maxSize = 2 * 1024 * 1024
  return {
    info: (message) => log.info(message),
    warn: (message, error) => log.warn(line(message, error)),
    error: (message, error) => log.error(line(message, error)),
    filePath: () => log.transports.file.getFile().path,
  }
}
