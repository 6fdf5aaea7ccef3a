import { useEffect, useState } from 'react'
import type { RoomView } from '@common/api/contract'
import { bridge } from '../../lib/bridge'
import { EarlyRead } from '../../lib/early-read'

/** What the room shows first; started by the app before React renders. */
export const firstRoomView = new EarlyRead(
  () => bridge.getRoomView({}),
  (changed) => bridge.on('roomChanged', changed),
)

/** What the room should show, kept in step with the console through the main process. */
export function useRoomView(): RoomView | null {
  // Drawn at once when the early read is already here (the windows wait for it to start).
  const [first] = useState<RoomView | null>(() => {
    const early = firstRoomView.peek()
    return early?.ok === true ? early.value : null
  })
  // (The early answer, taken below, hands back the very view drawn first: setting it is a no-op.)
  const [view, setView] = useState(first)
  useEffect(() => {
    const stop = bridge.on('roomChanged', setView)
    void firstRoomView.take().then((result) => {
      // A change announced since this window started listening is newer than this answer.
      if (result.ok) setView((current) => (current === first ? result.value : current))
    })
    return stop
  }, [first])
  return view
}
