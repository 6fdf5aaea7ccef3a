import { useRun } from '../run/useRun'
import { RoomRun } from './RoomRun'
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
  return (
    <main className="room" aria-live="polite">
      {title === null ? (
        <p className="room-waiting">Facilitator</p>
      ) : (
        <div className="room-screen room-title-screen">
          <h1 className="room-title">{title}</h1>
          {view?.subtitle !== '' && <p className="room-subtitle">{view?.subtitle}</p>}
          <footer className="room-credits">
            {view?.credits.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </footer>
        </div>
      )}
    </main>
  )
}
