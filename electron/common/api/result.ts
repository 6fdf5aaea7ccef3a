/** Why an expected failure happened, as a stable code the renderer can branch on. */
export type FailureCode =
  | 'unknown-call'
  | 'untrusted-sender'
  | 'invalid-argument'
  | 'not-found'
  | 'invalid-file'
  | 'read-only'
  | 'conflict'
  | 'io-error'
  | 'cancelled'

/** An expected failure, returned as a value so it survives IPC intact. */
export interface Failure {
  ok: false
  code: FailureCode
  message: string
}

/** The outcome of every bridge call: a value, or an expected failure. */
export type Result<T> = { ok: true; value: T } | Failure

/** Wraps a value as a successful result. */
export function succeed<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** Builds an expected failure. */
export function fail(code: FailureCode, message: string): Failure {
  return { ok: false, code, message }
}
