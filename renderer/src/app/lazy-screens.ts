import { lazy } from 'react'

// The console's library is in the first script; the room and the other screens arrive when
// opened, which keeps the first paint of the library quick and the validation library out of it.

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
