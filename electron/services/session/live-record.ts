import { copyFile } from 'node:fs/promises'
import type { SessionDetails } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import type { Session } from '@common/domain/session/session'
import { damagedPathFor, readSessionFile, recoverSessionFile } from './read-session-file'
import { findSessionFile, newSessionRecord, sessionFileName } from './session-files'

/** What reading or making the running session's record needs from the session service. */
export interface LiveRecordPlace {
  folder: string
  pathOf(fileName: string): string
  /** Writes a record whole; may throw. */
  save(fileName: string, session: Session): Promise<void>
  now: number
}

/**
 * The record of the run in `state`: read back with its journal when it exists (after a restart),
 * else made and written, so it is listed and survives a crash from the moment the clock starts.
 * A record that cannot be read is rebuilt with its journal, never replaced without it (the next
 * fold would drop the journal), and the damaged file is kept aside as it was. Throws when the
 * journal itself cannot be read, so nothing is written over it.
 */
export async function readOrCreateLiveRecord(
  state: RunState,
  details: SessionDetails,
  place: LiveRecordPlace,
): Promise<{ fileName: string; session: Session }> {
  const session = newSessionRecord(state, details)
  const existing = await findSessionFile(place.folder, state.sessionId)
  if (existing !== null) {
    const path = place.pathOf(existing)
    const read = await readSessionFile(path)
    if (read.ok) return { fileName: existing, session: read.value }
    const recovered = await recoverSessionFile(path, session)
    // A damaged file that cannot be copied (no permission to read it) is rebuilt without its
    // copy; a save that fails is retried by the next save or the fold, and the journal keeps
    // the notes until then.
    await copyFile(path, damagedPathFor(path)).catch(() => undefined)
    await place.save(existing, recovered).catch(() => undefined)
    return { fileName: existing, session: recovered }
  }
  const fileName = sessionFileName(session, place.now)
  // As above: the first note or the fold writes a record that could not be saved now.
  await place.save(fileName, session).catch(() => undefined)
  return { fileName, session }
}
