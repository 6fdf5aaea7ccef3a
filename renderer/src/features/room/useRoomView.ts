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
  const [view, setView] = useState<RoomView | null>(null)
  useEffect(() => {
    const stop = bridge.on('roomChanged', setView)
    void firstRoomView.take().then((result) => {
      // A change announced meanwhile is newer than this answer.
      if (result.ok) setView((current) => current ?? result.value)
    })
    return stop
  }, [])
  return view
}
