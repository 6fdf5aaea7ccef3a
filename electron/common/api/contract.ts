import type { Result } from './result'
import type {
  AgendaFormat,
  AgendaSheet,
  ImportedFile,
  BrokenWorkshopFile,
  ChosenPicture,
  ExportedWorkshop,
  LibraryListing,
  PictureData,
  OpenedWorkshop,
  WorkshopRef,
  WorkshopSummary,
} from './library-types'
import type { RoomView } from './room-types'
import type { AppPreferences, RunChange, RunSnapshot } from './run-types'
import type { DisplayInfo } from '../display/room-placement'
import type { RunCommand } from '../domain/run/commands'
import type { NamedPacksCount } from '../handouts/groups/named-packs'
import type { HandoutOptions } from '../handouts/options'
import type { Note, NoteTag, Session } from '../domain/session/session'
import type { SessionListing } from './session-types'
import type { WorkshopHistory } from '../domain/session/across-sessions'
import type { SessionComparison } from '../domain/session/compare-sessions'
import type { GroupingRules, Person } from '../domain/grouping/grouping-schema'
import type { RosterChange, RosterView, SessionRoster } from '../domain/grouping/session-roster'
import type { LanApi } from '../lan/lan-api'
import type { LanStatus } from '../lan/lan-status'
import type { CompiledMessages } from '../i18n/compile-messages'
import type { MessageLanguage } from '../i18n/locales'

/** Who ran a session, where, and for how many. */
export interface SessionDetails {
  place: string
  facilitator: string
  participantCount: number | null
}
import type { Workshop } from '../domain/workshop/schema'

/** An argument-less call still takes one plain object, so every call has the same shape. */
export type NoArgument = Record<string, never>

/**
 * Every call the renderer can make into the main process. This interface is the API documentation
 * and the IPC contract at once: each call takes one plain object and resolves to a {@link Result}.
 */
export interface FacilitatorApi extends LanApi {
  /** Lists the built-in workshops, the library's workshop files, and any file that cannot be read. */
  listLibrary(arg: NoArgument): Promise<Result<LibraryListing>>
  /** Opens a workshop for the console; the room display is left as it is. */
  openWorkshop(arg: { ref: WorkshopRef }): Promise<Result<OpenedWorkshop>>
  /** Creates a new workshop file in the library from a title. */
  createWorkshop(arg: { title: string }): Promise<Result<OpenedWorkshop>>
  /** Copies a workshop (built-in or not) into the library as a new, editable file. */
  duplicateWorkshop(arg: { ref: WorkshopRef }): Promise<Result<OpenedWorkshop>>
  /** Gives a library workshop a new title; its file is renamed to match. */
  renameWorkshop(arg: { ref: WorkshopRef; title: string }): Promise<Result<OpenedWorkshop>>
  /** Saves an edited workshop; refuses with `conflict` if the file changed on disk meanwhile. */
  saveWorkshop(arg: {
    ref: WorkshopRef
    workshop: Workshop
    baseRevision: string
    overwrite: boolean
  }): Promise<Result<{ revision: string }>>
  /** Moves a library workshop file to the system's trash. */
  deleteWorkshop(arg: { ref: WorkshopRef }): Promise<Result<{ fileName: string }>>
  /**
   * Asks for a file anywhere on disk: a workshop file is validated and copied into the library; a
   * spreadsheet or CSV file comes back as its cells, for the mapping step.
   */
  importWorkshop(arg: NoArgument): Promise<Result<ImportedFile>>
  /** As {@link FacilitatorApi.importWorkshop}, for a file dropped on the library (its bytes as base64). */
  importDroppedFile(arg: { fileName: string; base64: string }): Promise<Result<ImportedFile>>
  /** Adds a workshop made from a sheet on the mapping step to the library, once confirmed. */
  addImportedWorkshop(arg: { workshop: Workshop }): Promise<Result<OpenedWorkshop>>
  /**
   * Asks where to save, and writes a workshop's agenda as a spreadsheet or CSV file (which
   * Import reads back), as Markdown, or as a calendar of one event per item from a date and start.
   */
  exportAgenda(arg: {
    ref: WorkshopRef
    format: AgendaFormat
    date: string | null
    start: string | null
    place: string
  }): Promise<Result<{ path: string }>>
  /** Asks where to save, and writes a session's planned-against-actual minutes as CSV or xlsx. */
  exportRunReport(arg: {
    fileName: string
    format: 'csv' | 'xlsx'
  }): Promise<Result<{ path: string }>>
  /**
   * Asks where to save, renders a handout (participant pack, run sheet or one worksheet) as PDF
   * there, and opens it afterwards when asked to.
   */
  exportHandout(arg: {
    ref: WorkshopRef
    options: HandoutOptions
    openAfter: boolean
  }): Promise<Result<{ path: string }>>
  /**
   * Asks where to save and writes a workshop there as one file with its pictures, which Import
   * takes whole into another library.
   */
  exportWorkshop(arg: { ref: WorkshopRef }): Promise<Result<ExportedWorkshop>>
  /** Replaces a broken library file with its last good version. */
  restoreBackup(arg: { fileName: string }): Promise<Result<OpenedWorkshop>>
  /** Asks for a new library folder and switches to it. */
  chooseLibraryFolder(arg: NoArgument): Promise<Result<LibraryListing>>
  /** What the room display should show right now. */
  getRoomView(arg: NoArgument): Promise<Result<RoomView>>
  /** Prepares a session on a workshop: the room shows its title until Start. */
  startRun(arg: { ref: WorkshopRef; replace: boolean }): Promise<Result<RunSnapshot>>
  /** The current session, if any, and whether a restart is waiting for the facilitator's choice. */
  getRun(arg: NoArgument): Promise<Result<RunSnapshot>>
  /** Runs one clock or room command (start, pause, next, +1 minute, message, blank…). */
  runCommand(arg: { command: RunCommand }): Promise<Result<RunSnapshot>>
  /** After a restart mid-session: continue it where it now is, or end it. */
  resolveRestore(arg: { resume: boolean }): Promise<Result<RunSnapshot>>
  /** Leaves the session screen; the restore point is cleared. */
  closeRun(arg: NoArgument): Promise<Result<RunSnapshot>>
  /** Who ran the session, where, and for how many; kept in the session record. */
  setSessionDetails(arg: SessionDetails): Promise<Result<SessionDetails>>
  /** The running session's details and notes, for a console that was reloaded. */
  getLiveNotes(
    arg: NoArgument,
  ): Promise<Result<{ fileName: string | null; details: SessionDetails; notes: Note[] }>>
  /** Adds a note to the running session, stamped with the time, exercise and phase; saved first. */
  addNote(arg: { text: string; tag: NoteTag | null }): Promise<Result<Note>>
  /** Edits a note of the running session (sessionFile null) or of a past one. */
  updateNote(arg: {
    sessionFile: string | null
    noteId: string
    text: string
    tag: NoteTag | null
  }): Promise<Result<Note>>
  /** Removes a note of the running session (sessionFile null) or of a past one. */
  deleteNote(arg: {
    sessionFile: string | null
    noteId: string
  }): Promise<Result<{ noteId: string }>>
  /** Every session record, newest first, and any that cannot be read. */
  listSessions(arg: NoArgument): Promise<Result<SessionListing>>
  /** One session record, for its debrief. */
  openSession(arg: { fileName: string }): Promise<Result<Session>>
  /**
   * Asks where to save, and writes a session's debrief there: a PDF with the planned-against-actual
   * chart, or Markdown to paste into an email or a wiki. Opens it afterwards when asked to.
   */
  exportDebrief(arg: {
    fileName: string
    format: 'pdf' | 'markdown'
    paper: 'a4' | 'letter'
    openAfter: boolean
  }): Promise<Result<{ path: string }>>
  /**
   * What the past sessions of a workshop say about each of its items: planned against actual
   * minutes (median, spread, how often it ran over). Null when no session of it has started.
   */
  getWorkshopHistory(arg: { ref: WorkshopRef }): Promise<Result<WorkshopHistory | null>>
  /**
   * A session beside the earlier sessions of its workshop: each item's minutes against their
   * median then, and the whole. Null when the session never started or none started before it.
   */
  compareSession(arg: { fileName: string }): Promise<Result<SessionComparison | null>>
  /** Asks where to save, and writes the report across a workshop's sessions as CSV or xlsx. */
  exportWorkshopReport(arg: {
    ref: WorkshopRef
    format: 'csv' | 'xlsx'
  }): Promise<Result<{ path: string }>>
  /** Moves a session record to the system's trash. */
  deleteSession(arg: { fileName: string }): Promise<Result<{ fileName: string }>>
  /** Sound and display preferences. */
  getPreferences(arg: NoArgument): Promise<Result<AppPreferences>>
  /** Changes some preferences and returns them all (the system's language cannot be changed). */
  updatePreferences(
    arg: Partial<Omit<AppPreferences, 'systemLanguage'>>,
  ): Promise<Result<AppPreferences>>
  /**
   * The messages of one language, parsed, for a window to format without a parser of its own:
   * the console asks for the app's language and, for what the room shows, the workshop's.
   */
  getMessages(arg: { language: MessageLanguage }): Promise<Result<CompiledMessages>>
  /**
   * Keeps the console's library screen as drawn (inert markup), which the next start of this
   * build shows before its script has run; null keeps none (a session has started).
   */
  keepFirstScreen(arg: { html: string | null }): Promise<Result<null>>
  /** Plays the chimes on the room display, so the volume can be checked before the session. */
  testSound(arg: NoArgument): Promise<Result<null>>
  /** The attached displays and which one shows the room. */
  listDisplays(arg: NoArgument): Promise<Result<DisplaySetup>>
  /** Moves the room display to a display (null: back beside the console). */
  setRoomDisplay(arg: { displayId: number | null }): Promise<Result<DisplaySetup>>
  /** Shows each display's number on it for a few seconds. */
  identifyDisplays(arg: NoArgument): Promise<Result<null>>
  /** Puts the room display in or out of fullscreen on its display. */
  toggleRoomFullscreen(arg: NoArgument): Promise<Result<null>>
  /** Rehearsal: console and room side by side on one screen, whatever is attached. */
  setRehearsal(arg: { on: boolean }): Promise<Result<DisplaySetup>>
  /** Opens the room display again after it was closed, on its display, or brings it forward. */
  showRoomWindow(arg: NoArgument): Promise<Result<DisplaySetup>>

  // What the room is told to show outside a session.
  /**
   * Puts a workshop's title screen on the room display, or (ref null) the neutral waiting screen.
   * Only the facilitator's choice does this; opening a workshop never does.
   */
  showOnRoom(arg: { ref: WorkshopRef | null }): Promise<Result<RoomView>>
  // Pictures on phases.
  /**
   * Asks for a picture (PNG, JPEG or SVG), checks it by its bytes and adds it to the library's
   * pictures; the editor puts the returned reference on a phase.
   */
  choosePicture(arg: NoArgument): Promise<Result<ChosenPicture>>
  /** A stored picture's bytes by its reference, for an `<img>` (never run as a document). */
  readPicture(arg: { ref: string }): Promise<Result<PictureData>>

  // Roster, groups and roles.
  /** The running session's roster and rounds (null when it has none), and what the room shows. */
  getRoster(arg: NoArgument): Promise<Result<RosterView>>
  /**
   * Draws the groups and roles of every exercise in pairs or groups for these people; the same
   * seed draws the same groups, a null seed draws new ones. Kept in the session record.
   */
  arrangeGroups(arg: {
    people: Person[]
    rules: Omit<GroupingRules, 'seed'>
    seed: number | null
  }): Promise<Result<SessionRoster>>
  /** Swaps two people by hand, adds a late arrival or takes out someone who left. */
  changeRoster(arg: { change: RosterChange }): Promise<Result<SessionRoster>>
  /** Removes the names and groups from the running session (null) or a past session's record. */
  clearRoster(arg: { fileName: string | null }): Promise<Result<{ fileName: string | null }>>
  /** Puts an exercise's groups and roles on the room (null: back to the exercise). */
  showGroups(arg: { exerciseId: string | null }): Promise<Result<RosterView>>
  /**
   * How many packs, pages and sheets the running session's named packs come to on this paper,
   * double-sided, before anything is printed; `packs` is 0 when the session has no roster.
   */
  countNamedPacks(arg: {
    paper: 'a4' | 'letter'
    largePrint: boolean
  }): Promise<Result<NamedPacksCount>>
  /** Asks where to save, and prints the rotation table, name cards or named packs as one PDF. */
  exportGroups(arg: {
    kind: 'rotation' | 'cards' | 'namedPacks'
    paper: 'a4' | 'letter'
    /** 16 pt type and bigger writing space; normal print when left out. */
    largePrint?: boolean
    openAfter: boolean
  }): Promise<Result<{ path: string }>>
}

/** The displays and where the room display is. */
export interface DisplaySetup {
  displays: (DisplayInfo & { label: string; primary: boolean })[]
  /** The display the room window is on, or null when it is a window beside the console. */
  roomDisplayId: number | null
  rehearsal: boolean
  /** False once the room window was closed; the console offers to open it again. */
  roomWindowOpen: boolean
}

/** Every event the main process sends to the windows, named in the past tense. */
export interface FacilitatorEvents {
  /** The library folder's contents changed, by the app or by someone else. */
  libraryChanged: LibraryListing
  /** The room display's content changed. */
  roomChanged: RoomView
  /** The session changed: a command, an automatic advance, or a restore. */
  runChanged: RunChange
  /** Preferences changed. */
  preferencesChanged: AppPreferences
  /** The console asked the room display to play its chimes. */
  soundTestRequested: null
  /** Displays were attached, removed, or the room display moved. */
  displaysChanged: DisplaySetup
  /** The running session's roster, its groups, or what the room shows of them changed. */
  rosterChanged: RosterView
  /** The session was opened to or closed from the room's network, or its links or pages changed. */
  lanChanged: LanStatus
}

export type ApiCallName = keyof FacilitatorApi
export type EventName = keyof FacilitatorEvents
export type ArgumentOf<K extends ApiCallName> = Parameters<FacilitatorApi[K]>[0]
export type ValueOf<K extends ApiCallName> =
  Awaited<ReturnType<FacilitatorApi[K]>> extends Result<infer T> ? T : never

/** The one object the renderer talks to: the calls, plus a way to listen to events. */
export type FacilitatorBridge = FacilitatorApi & {
  /** Listens to one event; returns a function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: FacilitatorEvents[E]) => void): () => void
}

export type {
  WorkshopHistory,
  SessionComparison,
  AgendaFormat,
  AgendaSheet,
  ImportedFile,
  RunChange,
  Note,
  NoteTag,
  Session,
  SessionListing,
  HandoutOptions,
  AppPreferences,
  RunCommand,
  RunSnapshot,
  Result,
  BrokenWorkshopFile,
  ChosenPicture,
  ExportedWorkshop,
  LibraryListing,
  OpenedWorkshop,
  PictureData,
  RoomView,
  Workshop,
  WorkshopRef,
  WorkshopSummary,
}
