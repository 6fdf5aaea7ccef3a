import type { DisplayInfo } from '@common/display/room-placement'

// What the conformance tests and the stand-in Electron (in the app's own process) say to each
// other over the child process's IPC channel.

/** How the stand-in starts: what Electron would learn from the command line and the system. */
export interface StandInConfig {
  /** What `app.getAppPath()` returns: the folder (or script's folder) Electron was started on. */
  appPath: string
  /** The built main script to run. */
  mainScript: string
  platform: NodeJS.Platform
  isPackaged: boolean
  /** The system's folders: appData (where userData goes), documents, home, temp. */
  paths: { appData: string; documents: string; home: string; temp: string }
  displays: DisplayInfo[]
  primaryId: number
  /** The user's languages, most preferred first, as `app.getPreferredSystemLanguages()` lists them. */
  systemLanguages: string[]
  /** False to start as a second instance, whose single-instance lock is refused. */
  firstInstance: boolean
  /** Answers for message boxes, taken in order; an unanswered box gets its cancel button. */
  dialogResponses: number[]
}

export interface WindowRecord {
  id: number
  title: string
  url: string
  destroyed: boolean
  visible: boolean
  fullscreen: boolean
  bounds: { x: number; y: number; width: number; height: number }
  menuRemoved: boolean
  /** Every placement call in order: `show`, `setBounds`, `setFullScreen:true|false`. */
  calls: string[]
  /** For a page on the app's scheme: each answer its loading got, as `status type url`. */
  loaded: string[]
  /** Why the page would stay blank (it, or a script or style it names, failed), or null. */
  loadFailure: string | null
  /** The names of what the preload exposed to the page. */
  exposed: Record<string, string[]>
  webPreferences: Record<string, unknown>
}

export interface DialogRecord {
  kind: 'error' | 'message'
  title: string
  message: string
  detail: string
  buttons: string[]
}

export interface MenuItemRecord {
  label: string
  role: string | null
  submenu: MenuItemRecord[]
}

/** What the stand-in has seen, for the tests to check. */
export interface StandInState {
  ready: boolean
  windows: WindowRecord[]
  dialogs: DialogRecord[]
  /** App events in the order they fired: `before-quit`, `will-quit`, `quit`, `window-all-closed`. */
  appEvents: string[]
  applicationMenu: MenuItemRecord[] | null
  ipcHandlers: string[]
  userData: string
  logs: string
  appName: string
  uncaughtErrors: string[]
  powerBlockersActive: number
  /** Custom schemes made privileged before ready, with their privileges, and those handled. */
  privilegedSchemes: Record<string, Record<string, boolean>>
  handledSchemes: string[]
}

export type Operation =
  | { op: 'state' }
  | { op: 'call'; window: number; name: string; arg: unknown }
  /**
   * A bridge call's message sent from somewhere the app must not answer: a frame inside one of
   * its windows (an embedded page), or a web page that is not one of its windows.
   */
  | { op: 'callFrom'; from: 'subFrame' | 'otherPage'; window: number; name: string; arg: unknown }
  | { op: 'listen'; window: number; event: string }
  | { op: 'heard'; window: number }
  | { op: 'closeWindow'; window: number }
  | { op: 'setDisplays'; displays: DisplayInfo[]; primaryId: number; event: string }
  | { op: 'secondInstance' }
  | { op: 'activate' }
  | { op: 'quit' }
  | { op: 'clickMenu'; path: string[] }
  | { op: 'answerDialogs'; responses: number[] }
  | { op: 'answerSaveDialog'; path: string }
  | { op: 'fetchScheme'; url: string; method: string }

export type Request = Operation & { id: number }

export type Reply =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'exit'; code: number; state: StandInState }
