import type { Result } from './result'
import type {
  BrokenWorkshopFile,
  LibraryListing,
  OpenedWorkshop,
  WorkshopRef,
  WorkshopSummary,
} from './library-types'
import type { RoomView } from './room-types'
import type { Workshop } from '../domain/workshop/schema'

/** An argument-less call still takes one plain object, so every call has the same shape. */
export type NoArgument = Record<string, never>

/**
 * Every call the renderer can make into the main process. This interface is the API documentation
 * and the IPC contract at once: each call takes one plain object and resolves to a {@link Result}.
 */
export interface FacilitatorApi {
  /** Lists the built-in workshops, the library's workshop files, and any file that cannot be read. */
  listLibrary(arg: NoArgument): Promise<Result<LibraryListing>>
  /** Opens a workshop and makes it the one the room display shows. */
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
  /** Asks for a workshop file anywhere on disk, validates it and copies it into the library. */
  importWorkshop(arg: NoArgument): Promise<Result<OpenedWorkshop>>
  /** Asks where to save and writes a copy of a workshop there. */
  exportWorkshop(arg: { ref: WorkshopRef }): Promise<Result<{ path: string }>>
  /** Replaces a broken library file with its last good version. */
  restoreBackup(arg: { fileName: string }): Promise<Result<OpenedWorkshop>>
  /** Asks for a new library folder and switches to it. */
  chooseLibraryFolder(arg: NoArgument): Promise<Result<LibraryListing>>
  /** What the room display should show right now. */
  getRoomView(arg: NoArgument): Promise<Result<RoomView>>
}

/** Every event the main process sends to the windows, named in the past tense. */
export interface FacilitatorEvents {
  /** The library folder's contents changed, by the app or by someone else. */
  libraryChanged: LibraryListing
  /** The room display's content changed. */
  roomChanged: RoomView
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
  Result,
  BrokenWorkshopFile,
  LibraryListing,
  OpenedWorkshop,
  RoomView,
  Workshop,
  WorkshopRef,
  WorkshopSummary,
}
