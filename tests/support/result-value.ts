import type { Result } from '@common/api/result'

/** The value of a result the test expects to succeed; a failure throws with its message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message)
  return result.value
}
