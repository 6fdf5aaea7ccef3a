import { lazy } from 'react'

// The room view (opened on a second screen from the room link) carries the room's layouts, its
// pairing screen and the schemas these read: most of the phone build's code, and none of it used
// by a participant's phone. Loaded only when a page's link turns out to be the room's.
export const LazyRoomShown = lazy(() =>
  import('../features/room/RoomShown').then((m) => ({ default: m.RoomShown })),
)

export const LazyRoomAudienceOverlay = lazy(() =>
  import('../features/room/RoomAudienceOverlay').then((m) => ({
    default: m.RoomAudienceOverlay,
  })),
)
