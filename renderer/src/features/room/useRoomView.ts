import { useEffect, useState } from 'react'
import type { RoomView } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

/** What the room should show, kept in step with the console through the main process. */
export function useRoomView(): RoomView | null {
  const [view, setView] = useState<RoomView | null>(null)
  useEffect(() => {
    const stop = bridge.on('roomChanged', setView)
    void bridge.getRoomView({}).then((result) => {
      if (result.ok) setView(result.value)
    })
    return stop
  }, [])
  return view
}
