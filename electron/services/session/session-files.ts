import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Result } from '@common/api/result'
import type { SessionDetails } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import type { Session } from '@common/domain/session/session'
import { fileNameForTitle } from '../library/file-names'
import { inEnglish, refuseFileError, type AppTranslator } from '../refusal'
import { isMissingFile } from '../storage/durable-write'
import { readSessionFile } from './read-session-file'

const SUFFIX = '.session.json'

/** True for names the sessions folder lists (hidden temp and backup files are not). */
export function isSessionFileName(name: string): boolean {
  return name.endsWith(SUFFIX) && !name.startsWith('.')
}

function localDate(ms: number): string {
  const date = new Date(ms)
  const mm = String(date.getMonth() + 1).padStart(2, '0')
  const dd = String(date.getDate()).padStart(2, '0')
  return `${String(date.getFullYear())}-${mm}-${dd}`
}

/** "2026-11-27-mentoring-both-ways-1a2b3c4d.session.json": sorts by date, names the workshop. */
export function sessionFileName(
  session: Pick<Session, 'id' | 'startedAt' | 'workshop'>,
  now: number,
): string {
  const slug = fileNameForTitle(session.workshop.title)
    .replace(/\.workshop\.json$/, '')
    .slice(0, 40)
  return `${localDate(session.startedAt ?? now)}-${slug}-${session.id.slice(0, 8)}${SUFFIX}`
}

/** The file of a session by its id, if it exists in the folder. */
export async function findSessionFile(folder: string, sessionId: string): Promise<string | null> {
  // No sessions folder yet (nothing recorded) reads as an empty one. A folder that cannot be read
  // at all reads so too: the save that follows reports the real problem with its message.
  const names = await readdir(folder).catch(() => [])
  return (
    names.find(
      (name) => isSessionFileName(name) && name.endsWith(`-${sessionId.slice(0, 8)}${SUFFIX}`),
    ) ?? null
  )
}

/**
 * Every session file in a folder, read; unreadable files come with their message. A folder that
 * cannot be read at all comes as one such entry, so the sessions screen says so instead of
 * showing no sessions.
 */
export async function readSessionFolder(
  folder: string,
  t: AppTranslator = inEnglish,
): Promise<{ fileName: string; read: Result<Session> }[]> {
  let names: string[]
  try {
    names = (await readdir(folder)).filter(isSessionFileName)
  } catch (error) {
    // A missing sessions folder holds no sessions: nothing was recorded yet.
    if (isMissingFile(error)) return []
    const read = refuseFileError(t, 'errors.sessions.folderUnreadable', error)
    return [{ fileName: basename(folder), read }]
  }
  return Promise.all(
    names.map(async (fileName) => ({
      fileName,
      read: await readSessionFile(join(folder, fileName), t),
    })),
  )
}

/** The record of a run as its clock starts: the run's state and details, and no notes yet. */
export function newSessionRecord(state: RunState, details: SessionDetails): Session {
  return {
    schemaVersion: 1,
    id: state.sessionId,
    workshopRef: state.workshopRef,
    workshop: state.workshop,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    ...details,
    plannedTotalMinutes: state.plannedTotalMinutes,
    timeline: state.log,
    notes: [],
    roster: null,
  }
}
