import { ConsoleApp } from './ConsoleApp'
import { RoomDisplay } from '../features/room/RoomDisplay'
import { useViewFromHash } from './useViewFromHash'

/** Picks the view by the window's hash: the room display or the facilitator's console. */
export function App() {
  const view = useViewFromHash()
  return view === 'room' ? <RoomDisplay /> : <ConsoleApp />
}
