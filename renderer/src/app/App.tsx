import { Suspense } from 'react'
import { ConsoleApp } from './ConsoleApp'
import { RoomDisplay } from './lazy-screens'
import { useViewFromHash } from './useViewFromHash'

/** Picks the view by the window's hash: the room display or the facilitator's console. */
export function App() {
  const view = useViewFromHash()
  if (view === 'console') return <ConsoleApp />
  return (
    <Suspense fallback={null}>
      <RoomDisplay />
    </Suspense>
  )
}
