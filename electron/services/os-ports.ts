/**
 * What the services need from the operating system, passed in by the main process (Electron's
 * dialogs and shell) or by tests (plain functions). The services never import 'electron'.
 */
export interface OsPorts {
  /** Asks the user for a file to open; null when they cancel. */
  chooseFileToOpen(options: { title: string; extensions: string[] }): Promise<string | null>
  /** Asks the user where to save a file; null when they cancel. */
  chooseFileToSave(options: {
    title: string
    defaultName: string
    extensions: string[]
  }): Promise<string | null>
  /** Asks the user for a folder; null when they cancel. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** Moves a file to the system's trash. */
  moveToTrash(path: string): Promise<void>
}
