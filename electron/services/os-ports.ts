import type { DisplayInfo } from '@common/display/room-placement'

/**
 * What the services need from the operating system, passed in by the main process (Electron's
 * dialogs and shell) or by tests (plain functions). The services never import 'electron'.
 */
export interface OsPorts {
  /**
   * Asks the user for a file to open; null when they cancel. `kind` names the file filter
   * ("Picture"); without it the filter is for workshops.
   */
  chooseFileToOpen(options: {
    title: string
    extensions: string[]
    kind?: string
  }): Promise<string | null>
  /** Asks the user where to save a file; null when they cancel. */
  chooseFileToSave(options: {
    title: string
    defaultName: string
    extensions: string[]
  }): Promise<string | null>
  /** Asks the user for a folder; null when they cancel. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** Opens a file in the system's default app (a PDF viewer, say). */
  openFile(path: string): Promise<void>
  /** Moves a file to the system's trash. */
  moveToTrash(path: string): Promise<void>
  /** The displays, and control over where the room window goes. */
  displays: DisplayPort
}

/** The screens attached to the computer and the room window's place among them. */
export interface DisplayPort {
  list(): { displays: DisplayInfo[]; primaryId: number }
  /** Puts the room window on a display (fullscreen), or beside the console when null. */
  placeRoom(displayId: number | null, rehearsal: boolean): void
  /** Shows each display's number on it for a moment. */
  identify(): void
  toggleRoomFullscreen(): void
  /** False once the room window was closed, until it is opened again. */
  isRoomWindowOpen(): boolean
  /** Opens the room window when it was closed, or brings it forward. */
  openRoomWindow(): void
  /**
   * Calls back when displays are attached or removed, or the room window closes or opens;
   * returns a function that stops listening.
   */
  onChange(listener: () => void): () => void
}
