import { lazy } from 'react'

// The console is one classic script (see .config/renderer-build.ts), so every screen's code is in
// it; a screen's modules, the validation library among them, still run only when it is first
// opened, which keeps the work before the library's first paint small.

export const RoomDisplay = lazy(() =>
  import('../features/room/RoomDisplay').then((m) => ({ default: m.RoomDisplay })),
)
export const EditorScreen = lazy(() =>
  import('../features/editor/EditorScreen').then((m) => ({ default: m.EditorScreen })),
)
export const DebriefScreen = lazy(() =>
  import('../features/sessions/DebriefScreen').then((m) => ({ default: m.DebriefScreen })),
)
export const SessionsScreen = lazy(() =>
  import('../features/sessions/SessionsScreen').then((m) => ({ default: m.SessionsScreen })),
)
export const RunConsole = lazy(() =>
  import('../features/run/RunConsole').then((m) => ({ default: m.RunConsole })),
)
export const SheetImportPanel = lazy(() =>
  import('../features/import/SheetImportPanel').then((m) => ({ default: m.SheetImportPanel })),
)
