import type { RoomAudience } from '@common/lan/participants'
import { VoteChart } from './VoteChart'
import './room-audience.css'

/** What the facilitator chose to show of the participants' input, over the room screen. */
export function RoomAudienceOverlay({ room }: { room: RoomAudience | null }) {
  if (room === null || (room.input === null && room.tally === null)) return null
  return (
    <aside className="room-audience" aria-label="From the participants">
      {room.input !== null && (
        <blockquote className="room-audience-input" data-testid="room-audience-input">
          <p>{room.input.text}</p>
          <footer>
            {room.input.kind === 'question' ? 'Question' : 'Note'} from{' '}
            {room.input.name ?? 'a participant'}
          </footer>
        </blockquote>
      )}
      {room.tally !== null && <VoteChart tally={room.tally} />}
    </aside>
  )
}
