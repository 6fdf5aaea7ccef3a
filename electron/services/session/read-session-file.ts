import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { succeed, type Result } from '@common/api/result'
import { applyNoteChange, noteChangeSchema } from '@common/domain/session/note-changes'
import { sessionSchema, type Session } from '@common/domain/session/session'
import { describeIssuesIn } from '@common/domain/validation-words'
import { inEnglish, refuse, refuseFileError, type AppTranslator } from '../refusal'
import { readJournal } from '../storage/append-journal'
import { backupPathFor, isMissingFile } from '../storage/durable-write'

/**
 * Where a running session's note changes are journalled until they are folded into its record:
 * a hidden sibling, so the sessions folder lists only records.
 */
export function noteJournalPathFor(sessionPath: string): string {
  return join(dirname(sessionPath), `.${basename(sessionPath)}.notes`)
}

/** Where a record that could not be read is kept before it is rebuilt: a hidden sibling. */
export function damagedPathFor(sessionPath: string): string {
  return join(dirname(sessionPath), `.${basename(sessionPath)}.damaged`)
}

/**
 * Reads and validates a session file, with the note changes still in its journal applied (a
 * session that was running when the app stopped). Never throws: a missing file is `not-found`,
 * one that cannot be read is `io-error`, one that is not a valid session is `invalid-file` with a
 * message naming each field (`notes[2].text: expected a note, got an empty text`). The messages
 * are in the language of `t`: the app's in the console, English on the command line.
 */
export async function readSessionFile(
  path: string,
  t: AppTranslator = inEnglish,
): Promise<Result<Session>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (isMissingFile(error))
      return refuse(t, 'not-found', 'errors.sessions.gone', { file: basename(path) })
    return refuseFileError(t, 'errors.sessions.unreadable', error, { path })
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return refuse(t, 'invalid-file', 'errors.sessions.notJson', { path, reason })
  }
  // The input of each issue tells a field that is missing from one of the wrong type.
  const parsed = sessionSchema.safeParse(data, { reportInput: true })
  if (!parsed.success) {
    return refuse(t, 'invalid-file', 'errors.sessions.invalid', {
      path,
      problems: describeIssuesIn(t(), parsed.error.issues),
    })
  }
  const session = parsed.data
  try {
    await applyJournal(session, path)
  } catch (error) {
    return refuseFileError(t, 'errors.sessions.journalUnreadable', error, {
      file: basename(path),
    })
  }
  return succeed(session)
}

/** Applies the note changes in the journal beside `path` to `session`; throws when it cannot be read. */
async function applyJournal(session: Session, path: string): Promise<void> {
  for (const entry of await readJournal(noteJournalPathFor(path))) {
    const change = noteChangeSchema.safeParse(entry)
    if (change.success) session.notes = applyNoteChange(session.notes, change.data)
  }
}

/**
 * The best record that can be rebuilt for a session whose file at `path` cannot be read (cut
 * short on disk, say): its previous version if that is a valid session of the same id, else
 * `fresh`, with every note change in its journal applied. Throws when the journal cannot be
 * read, because a record written without it would drop acknowledged notes.
 */
export async function recoverSessionFile(path: string, fresh: Session): Promise<Session> {
  let session = fresh
  try {
    const backup = sessionSchema.safeParse(JSON.parse(await readFile(backupPathFor(path), 'utf8')))
    if (backup.success && backup.data.id === fresh.id) session = backup.data
  } catch {
    // No usable previous version: the run's own state is the next best.
  }
  await applyJournal(session, path)
  return session
}
