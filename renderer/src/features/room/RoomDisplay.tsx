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
  if (state !== null) return <RoomRun state={state} />
  const title = view?.workshopTitle ?? null
  // The room view names no theme yet, so before a session the title is drawn in the default one.
  return (
    <RoomFrame theme="dark" thumbnail={false} live>
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
