import { useRoomView } from './useRoomView'

/** The projected screen. Until a session runs it shows the workshop's title and credits. */
export function RoomDisplay() {
  const view = useRoomView()
  const title = view?.workshopTitle ?? null
  return (
    <main className="room" aria-live="polite">
      {title === null ? (
        <p className="room-waiting">Facilitator</p>
      ) : (
        <>
          <h1 className="room-title">{title}</h1>
          {view?.subtitle !== '' && <p className="room-subtitle">{view?.subtitle}</p>}
          <footer className="room-credits">
            {view?.credits.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </footer>
        </>
      )}
    </main>
  )
}
