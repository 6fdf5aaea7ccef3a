import { readFile } from 'node:fs/promises'
import { fail, succeed, type Result } from '@common/api/result'
import { sessionSchema, type Session } from '@common/domain/session/session'
import { formatIssues } from '@common/domain/validation-message'
import { basename } from 'node:path'
import { describeFileError, isMissingFile } from '../storage/durable-write'

/**
 * Reads and validates a session file. Never throws: a missing file is `not-found`, one that
 * cannot be read is `io-error`,
 * one that is not a valid session is `invalid-file` with a message naming each field
 * (`notes[2].text: expected a note, got an empty text`).
 */
export async function readSessionFile(path: string): Promise<Result<Session>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error)) return fail('not-found', `${basename(path)} no longer exists.`)
    return fail('io-error', `cannot read ${path}: ${describeFileError(error)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail('invalid-file', `${path} is not valid JSON (${reason})`)
  }
  const parsed = sessionSchema.safeParse(data)
  if (!parsed.success) {
    return fail(
      'invalid-file',
      `${path} is not a valid session:\n${formatIssues(parsed.error.issues)}`,
    )
  }
  return succeed(parsed.data)
}
