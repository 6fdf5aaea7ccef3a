import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { SessionDetails } from '@common/api/contract'
import type { RunSnapshot } from '@common/api/run-types'
import type { SessionListing, SessionSummary } from '@common/api/session-types'
import { succeed, type Result } from '@common/api/result'
import { currentItem, currentPhase, type RunState } from '@common/domain/run/run-state'
import {
  applyNoteChange,
  shiftNoteTimes,
  type NoteChange,
} from '@common/domain/session/note-changes'
import type { Note, NoteTag, Session } from '@common/domain/session/session'
import type { SessionRoster } from '@common/domain/grouping/session-roster'
import type { Logger } from '../logger'
import type { OsPorts } from '../os-ports'
import { pathExists } from '../storage/durable-write'
import { refuse, refuseFileError, type AppTranslator } from '../refusal'
import type { AppendJournal } from '../storage/append-journal'
import { FileLocks } from '../storage/file-lock'
import type { Storage } from '../storage/storage'
import type { Clock } from '../run/clock'
import { noteJournalPathFor, readSessionFile } from './read-session-file'
import { LibraryDrive } from './library-drive'
import { readOrCreateLiveRecord } from './live-record'
import { RecordTurns } from './record-turns'
import { SessionLocks } from './session-lock'
import { UnsavedChanges } from './unsaved-changes'
import { readSessionFolder } from './session-files'

const codec = {
  parse: (text: string) => JSON.parse(text) as Session,
  serialize: (session: Session) => `${JSON.stringify(session, null, 2)}\n`,
}

/** How often the running session's lock is refreshed while it is written to. */
const LOCK_REFRESH_MS = 60_000

const noDetails: SessionDetails = { place: '', facilitator: '', participantCount: null }

interface OpenSession {
  fileName: string
  session: Session
}

/**
 * Keeps the record of every run: a session file in the library's sessions folder, created when
 * the clock first starts, with the timeline of what happened and the facilitator's notes.
 *
 * Every note change is on disk before it is acknowledged. In the running session a change is a
 * line appended to the record's journal, since rewriting a record of thousands of notes for each
 * one would make typing wait; the journal is folded into the record when the session ends, when
 * the run is closed and when the app quits. Reading a record applies any journal left beside it.
 */
export class SessionService {
  private live: OpenSession | null = null
  // Loading or creating the live record is async; concurrent callers share one attempt.
  private loading: { id: string; promise: Promise<OpenSession> } | null = null
  private readonly folding = new Set<Promise<void>>()
  private pendingDetails: SessionDetails = noDetails
  // A roster given before the clock starts waits here until the record exists.
  private pendingRoster: SessionRoster | null = null
  private latestState: RunState | null = null
  private readonly unsaved = new UnsavedChanges()
  private readonly locks = new SessionLocks()
  private heldAt = Number.NEGATIVE_INFINITY
  private readonly libraryDrive = new LibraryDrive()
  private readonly turns = new RecordTurns()
  /** Exclusive, across instances, for the moment a past record is read, changed and written. */
  private readonly editLocks = new FileLocks()

  constructor(
    private readonly storage: Storage,
    private readonly folder: () => string,
    private readonly clock: Clock,
    private readonly os: OsPorts,
    private readonly log: Logger,
    private readonly t: AppTranslator,
  ) {}

  private pathOf(fileName: string): string {
    return join(this.folder(), fileName)
  }

  private async save(fileName: string, session: Session): Promise<void> {
    await this.libraryDrive.check(dirname(this.folder()))
    await mkdir(this.folder(), { recursive: true })
    await this.storage.write(this.pathOf(fileName), codec, session)
    if (fileName === this.live?.fileName) await this.holdLive(fileName)
  }

  /** Takes or refreshes the lock on the running session's record, at most once a minute. */
  private async holdLive(fileName: string, force = false): Promise<void> {
    const now = this.clock.now()
    if (!force && now - this.heldAt < LOCK_REFRESH_MS) return
    this.heldAt = now
    // Without a fresh lock another instance may, after an hour, take the record for stale; the
    // notes themselves are on disk either way.
    await this.locks
      .hold(this.pathOf(fileName), now)
      .catch((error: unknown) => this.log.warn(`Could not refresh the lock on ${fileName}`, error))
  }

  private journalOf(fileName: string): AppendJournal {
    return this.storage.journal(noteJournalPathFor(this.pathOf(fileName)))
  }

  /** Writes the record whole, with every note change so far, and drops its journal. */
  private fold(target: OpenSession): Promise<void> {
    const { fileName, session } = target
    const held = target === this.live ? this.unsaved.held() : []
    const folded = this.journalOf(fileName).fold(() => this.save(fileName, session))
    // The record now holds the changes that were waiting to be appended.
    void folded.then(
      () => this.unsaved.settle(held),
      () => undefined,
    )
    // The caller gets the failure from `folded`; this copy only tracks when the fold is over.
    const settled = folded.catch(() => undefined)
    this.folding.add(settled)
    void settled.then(() => this.folding.delete(settled))
    return folded
  }

  /**
   * Applies a change to a session's notes and puts it on disk: appended to the journal for the
   * running session, the whole record for a past one.
   */
  private async changeNotes(target: OpenSession, change: NoteChange): Promise<void> {
    // A new note of the running session (a crowd's questions arrive by the hundred) goes on the
    // end of the list: copying the list for each one made every note cost as much as the list.
    if (change.kind === 'added' && target === this.live) target.session.notes.push(change.note)
    else target.session.notes = applyNoteChange(target.session.notes, change)
    if (target !== this.live) {
      await this.fold(target)
      return
    }
    await this.unsaved.write(change, async (batch) => {
      await this.libraryDrive.check(dirname(this.folder()))
      await mkdir(this.folder(), { recursive: true })
      // Asked for together, in order: the journal flushes them as one group.
      const journal = this.journalOf(target.fileName)
      const results = await Promise.allSettled(batch.map((next) => journal.append(next)))
      await this.holdLive(target.fileName)
      return results
    })
  }

  /** Folds a record whose run is over, then lets other instances change it. */
  private async foldAndRelease(target: OpenSession): Promise<void> {
    // A failed fold leaves the journal beside the record, and the next read applies it.
    await this.fold(target).catch((error: unknown) =>
      this.log.warn(`Could not fold the notes into ${target.fileName}`, error),
    )
    await this.locks
      .release(this.pathOf(target.fileName))
      .catch((error: unknown) =>
        this.log.warn(`Could not release the lock on ${target.fileName}`, error),
      )
  }

  /** Follows the run: creates the record at Start, and keeps its timeline current. */
  async followRun(snapshot: RunSnapshot): Promise<void> {
    const state = snapshot.state
    this.latestState = state
    if (this.live !== null && this.live.session.id !== state?.sessionId) {
      // The run this record followed was closed or replaced. A failed fold leaves the journal,
      // which the next read of the record applies.
      void this.foldAndRelease(this.live)
      this.live = null
    }
    if (state === null) {
      this.loading = null
      this.pendingDetails = noDetails
      this.pendingRoster = null
      return
    }
    if (state.startedAt === null) return
    let live: OpenSession
    try {
      live = await this.liveSessionFor(state)
    } catch {
      // The record and its journal cannot be read: nothing is written over them. Notes are
      // refused with the reason until they can be.
      this.loading = null
      return
    }
    // Calls overlap while the record is being created; only the newest run state may be written.
    const latest = this.latestState
    if (latest?.sessionId !== live.session.id) return
    const timelineGrew = live.session.timeline.length !== latest.log.length
    const justEnded = live.session.endedAt === null && latest.endedAt !== null
    // End session can be taken back until the session is left: the record is running again, so
    // it takes back the lock that ending released, and the next End folds it once more.
    const reopened = live.session.endedAt !== null && latest.endedAt === null
    // The run moves all its timestamps when the computer's clock is set (see `shiftTimeline`);
    // the record's own move with them, so its start, end and notes keep the time between them.
    const shiftedBy =
      latest.startedAt !== null && live.session.startedAt !== null
        ? latest.startedAt - live.session.startedAt
        : 0
    if (shiftedBy !== 0) live.session.notes = shiftNoteTimes(live.session.notes, shiftedBy)
    live.session.startedAt = latest.startedAt
    live.session.timeline = latest.log
    live.session.workshop = latest.workshop
    live.session.endedAt = latest.endedAt
    if (reopened) await this.holdLive(live.fileName, true)
    if (justEnded) await this.foldAndRelease(live)
    else if (timelineGrew || shiftedBy !== 0)
      // The run's restore point holds the timeline too; the next save or the fold writes it.
      await this.save(live.fileName, live.session).catch((error: unknown) =>
        this.log.warn(`Could not save the timeline of ${live.fileName}`, error),
      )
  }

  private liveSessionFor(state: RunState): Promise<OpenSession> {
    if (this.live?.session.id === state.sessionId) return Promise.resolve(this.live)
    if (this.loading?.id !== state.sessionId) {
      this.loading = { id: state.sessionId, promise: this.loadOrCreate(state) }
    }
    return this.loading.promise
  }

  private async loadOrCreate(state: RunState): Promise<OpenSession> {
    const opened = await readOrCreateLiveRecord(state, this.pendingDetails, {
      folder: this.folder(),
      pathOf: (fileName) => this.pathOf(fileName),
      save: (fileName, session) => this.save(fileName, session),
      now: this.clock.now(),
    })
    await this.holdLive(opened.fileName, true)
    if (opened.session.roster === null && this.pendingRoster !== null) {
      opened.session.roster = this.pendingRoster
      await this.save(opened.fileName, opened.session).catch((error: unknown) =>
        this.log.warn(`Could not save the roster in ${opened.fileName}`, error),
      )
    }
    // The run may have been closed or replaced while the record was read or created; then the
    // record is a past one, and the run that follows starts its own.
    if (this.latestState?.sessionId === state.sessionId) this.live = opened
    return opened
  }

  setDetails(details: SessionDetails): Result<SessionDetails> {
    this.pendingDetails = details
    if (this.live !== null) {
      Object.assign(this.live.session, details)
      const { fileName } = this.live
      void this.save(fileName, this.live.session).catch((error: unknown) =>
        this.log.warn(`Could not save the session details in ${fileName}`, error),
      )
    }
    return succeed(details)
  }

  /** The running session's roster and rounds, or null; saved in its record once that exists. */
  async setRoster(roster: SessionRoster | null): Promise<Result<SessionRoster | null>> {
    this.pendingRoster = roster
    if (this.live === null) return succeed(roster)
    this.live.session.roster = roster
    try {
      await this.save(this.live.fileName, this.live.session)
    } catch (error) {
      return refuseFileError(this.t, 'errors.sessions.rosterNotSaved', error)
    }
    return succeed(roster)
  }

  get roster(): SessionRoster | null {
    return this.live === null ? this.pendingRoster : this.live.session.roster
  }

  /** Removes the names and groups from a session's record (the running one when null). */
  clearRoster(fileName: string | null): Promise<Result<{ fileName: string | null }>> {
    if (fileName === null || fileName === this.live?.fileName) {
      // Twice, as below: the backup of the first write still holds the names.
      return this.setRoster(null)
        .then(() => this.setRoster(null))
        .then((done) => (done.ok ? succeed({ fileName }) : done))
    }
    return this.turns.take(fileName, () =>
      this.editingRecord(fileName, async () => {
        const elsewhere = await this.refuseIfRunningElsewhere(fileName)
        if (elsewhere !== null) return elsewhere
        const found = await this.sessionFor(fileName)
        if (!found.ok) return found
        found.value.session.roster = null
        try {
          await this.fold(found.value)
          // Every write keeps the previous version as a backup: a second one leaves no copy of
          // the names behind.
          await this.save(fileName, found.value.session)
        } catch (error) {
          return refuseFileError(this.t, 'errors.sessions.rosterNotRemoved', error)
        }
        return succeed({ fileName })
      }),
    )
  }

  get details(): SessionDetails {
    const session = this.live?.session
    return session === undefined
      ? this.pendingDetails
      : {
          place: session.place,
          facilitator: session.facilitator,
          participantCount: session.participantCount,
        }
  }

  /** The file of the session that is running, once its clock has started. */
  get liveFileName(): string | null {
    return this.live?.fileName ?? null
  }

  /** The notes of the session that is running, newest last. */
  get liveNotes(): Note[] {
    return this.live?.session.notes ?? []
  }

  /** Adds a note stamped with the time and the current exercise and phase; saved before it returns. */
  async addNote(state: RunState | null, text: string, tag: NoteTag | null): Promise<Result<Note>> {
    if (state?.startedAt == null) {
      return refuse(this.t, 'not-found', 'errors.sessions.notesNeedRun')
    }
    const note: Note = {
      id: randomUUID(),
      at: this.clock.now(),
      itemIndex: state.itemIndex,
      phaseIndex: state.phaseIndex,
      itemTitle: currentItem(state).title,
      phaseLabel: currentPhase(state).label,
      text,
      tag,
      editedAt: null,
    }
    try {
      await this.changeNotes(await this.liveSessionFor(state), { kind: 'added', note })
    } catch (error) {
      return refuseFileError(this.t, 'errors.sessions.noteNotOnDisk', error)
    }
    return succeed(note)
  }

  private async sessionFor(fileName: string | null): Promise<Result<OpenSession>> {
    if (fileName === null || fileName === this.live?.fileName) {
      return this.live === null
        ? refuse(this.t, 'not-found', 'errors.sessions.noneRunning')
        : succeed(this.live)
    }
    const read = await readSessionFile(this.pathOf(fileName), this.t)
    return read.ok ? succeed({ fileName, session: read.value }) : read
  }

  /** Changes a note's text or tag, in the running session (null) or a past one. */
  updateNote(
    fileName: string | null,
    noteId: string,
    text: string,
    tag: NoteTag | null,
  ): Promise<Result<Note>> {
    return this.turns.take(fileName ?? '', () =>
      this.editingRecord(fileName, () => this.updateNoteNow(fileName, noteId, text, tag)),
    )
  }

  /**
   * Runs an edit of a past record holding its edit lock, so an edit from another instance on a
   * shared library waits its turn instead of writing over this one; refused when that instance
   * keeps the record too long. The running session is this instance's alone and needs no lock.
   */
  private async editingRecord<T>(
    fileName: string | null,
    edit: () => Promise<Result<T>>,
  ): Promise<Result<T>> {
    if (fileName === null || fileName === this.live?.fileName) return edit()
    // Its own lock file: the record's `.lock` says which instance runs it, not who edits it.
    let held: Result<T> | 'busy'
    try {
      held = await this.editLocks.hold(`${this.pathOf(fileName)}.edit`, edit)
    } catch (error) {
      // The lock itself could not be written (a full disk, a read-only folder): nothing was changed.
      return refuseFileError(this.t, 'errors.sessions.changeNotSaved', error)
    }
    if (held !== 'busy') return held
    return refuse(this.t, 'conflict', 'errors.sessions.busy')
  }

  private async updateNoteNow(
    fileName: string | null,
    noteId: string,
    text: string,
    tag: NoteTag | null,
  ): Promise<Result<Note>> {
    const elsewhere = await this.refuseIfRunningElsewhere(fileName)
    if (elsewhere !== null) return elsewhere
    const found = await this.sessionFor(fileName)
    if (!found.ok) return found
    if (!found.value.session.notes.some((n) => n.id === noteId))
      return refuse(this.t, 'not-found', 'errors.sessions.noteGone')
    const editedAt = this.clock.now()
    try {
      await this.changeNotes(found.value, { kind: 'edited', noteId, text, tag, editedAt })
    } catch (error) {
      return refuseFileError(this.t, 'errors.sessions.noteNotSaved', error)
    }
    const note = found.value.session.notes.find((n) => n.id === noteId)
    return note === undefined
      ? refuse(this.t, 'not-found', 'errors.sessions.noteGone')
      : succeed(note)
  }

  deleteNote(fileName: string | null, noteId: string): Promise<Result<{ noteId: string }>> {
    return this.turns.take(fileName ?? '', () =>
      this.editingRecord(fileName, () => this.deleteNoteNow(fileName, noteId)),
    )
  }

  private async deleteNoteNow(
    fileName: string | null,
    noteId: string,
  ): Promise<Result<{ noteId: string }>> {
    const elsewhere = await this.refuseIfRunningElsewhere(fileName)
    if (elsewhere !== null) return elsewhere
    const found = await this.sessionFor(fileName)
    if (!found.ok) return found
    if (!found.value.session.notes.some((n) => n.id === noteId))
      return refuse(this.t, 'not-found', 'errors.sessions.noteGone')
    try {
      await this.changeNotes(found.value, { kind: 'removed', noteId })
    } catch (error) {
      return refuseFileError(this.t, 'errors.sessions.changeNotSaved', error)
    }
    return succeed({ noteId })
  }

  /** Every session, newest first; files that cannot be read are listed with what is wrong. */
  async list(): Promise<SessionListing> {
    const files = await readSessionFolder(this.folder(), this.t)
    const sessions: SessionSummary[] = []
    const broken: SessionListing['broken'] = []
    for (const { fileName, read } of files) {
      if (!read.ok) {
        broken.push({ fileName, message: read.message })
        continue
      }
      const session = fileName === this.live?.fileName ? this.live.session : read.value
      const runningElsewhere =
        fileName !== this.live?.fileName &&
        (await this.locks.heldElsewhere(this.pathOf(fileName), this.clock.now())) !== null
      sessions.push({
        fileName,
        workshopTitle: session.workshop.title,
        workshopRef: session.workshopRef,
        startedAt: session.startedAt,
        endedAt: session.endedAt,
        noteCount: session.notes.length,
        live: fileName === this.live?.fileName || runningElsewhere,
      })
    }
    sessions.sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0))
    return { sessions, broken }
  }

  async open(fileName: string): Promise<Result<Session>> {
    const found = await this.sessionFor(fileName)
    return found.ok ? succeed(found.value.session) : found
  }

  remove(fileName: string): Promise<Result<{ fileName: string }>> {
    return this.turns.take(fileName, () => this.removeNow(fileName))
  }

  /** A past session's record is left alone while another instance runs it (a shared library). */
  private async refuseIfRunningElsewhere(fileName: string | null) {
    if (fileName === null || fileName === this.live?.fileName) return null
    const who = await this.locks.heldElsewhere(this.pathOf(fileName), this.clock.now())
    if (who === null) return null
    return refuse(this.t, 'conflict', 'errors.sessions.runningElsewhere', { who })
  }

  private async removeNow(fileName: string): Promise<Result<{ fileName: string }>> {
    if (fileName === this.live?.fileName)
      return refuse(this.t, 'conflict', 'errors.sessions.stillRunning')
    const elsewhere = await this.refuseIfRunningElsewhere(fileName)
    if (elsewhere !== null) return elsewhere
    const path = this.pathOf(fileName)
    try {
      // Notes still in a journal (the app stopped during the session) go with the record.
      if (await pathExists(noteJournalPathFor(path))) {
        const read = await readSessionFile(path, this.t)
        if (read.ok) await this.fold({ fileName, session: read.value })
      }
      await this.storage.forget(path)
      await this.os.moveToTrash(path)
    } catch (error) {
      return refuseFileError(this.t, 'errors.sessions.trashFailed', error, { file: fileName })
    }
    return succeed({ fileName })
  }

  /** Folds the running session's journal into its record and waits for every fold under way. */
  /** This instance stops: the sessions it ran are free for others (after a restart, for itself). */
  dispose(): void {
    this.locks.dispose()
  }

  async flush(): Promise<void> {
    if (this.live !== null) {
      const { fileName } = this.live
      // The journal keeps every acknowledged note if this last fold fails.
      void this.fold(this.live).catch((error: unknown) =>
        this.log.warn(`Could not fold the notes into ${fileName} before quitting`, error),
      )
    }
    await Promise.all(this.folding)
  }
}
