import { useRoomClickerKeys } from '../run/useRoomClickerKeys'
import { useRun } from '../run/useRun'
import { RoomFrame } from './RoomFrame'
import { RoomRun } from './RoomRun'
import { TitleScreen } from './TitleScreen'
import { useChimes } from './useChimes'
import { useRoomView } from './useRoomView'

/** The projected screen: the session when one is open, else the opened workshop's title. */
export function RoomDisplay() {
  const view = useRoomView()
  const { snapshot } = useRun()
  const state = snapshot?.state ?? null
  useChimes(state)
  // A presentation clicker sends its keys to whichever window has the focus.
  useRoomClickerKeys(state)
  if (state !== null) return <RoomRun state={state} />
  const title = view?.workshopTitle ?? null
  return (
    <RoomFrame theme={view?.roomTheme ?? 'dark'} thumbnail={false} live>
      {title === null || view === null ? (
        <p className="room-waiting">Facilitator</p>
      ) : (
        <TitleScreen
          workshop={{ title, subtitle: view.subtitle, credits: view.credits, plannedStart: null }}
          closing={false}
        />
      )}
    </RoomFrame>
  )
}
