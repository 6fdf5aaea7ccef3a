/**
 * Where the services report what went wrong without failing a call: the app's log file in the
 * app, the test's own list in tests. The services never pick a logger themselves.
 */
export interface Logger {
  info(message: string): void
  warn(message: string, error?: unknown): void
  error(message: string, error?: unknown): void
}

/** A logger that keeps nothing, for tools and benches that have no log to write. */
export const quietLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
}

/** The one line a log gets for an error: its message, or what it is when it has none. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message
  return String(error)
}
