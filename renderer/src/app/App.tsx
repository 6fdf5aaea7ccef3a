import { Suspense } from 'react'
import { ConsoleApp, RoomDisplay } from './lazy-screens'
import { useViewFromHash } from './useViewFromHash'

/** Picks the view by the window's hash: the room display or the facilitator's console. */
export function App() {
  const view = useViewFromHash()
  return <Suspense fallback={null}>{view === 'room' ? <RoomDisplay /> : <ConsoleApp />}</Suspense>
}
