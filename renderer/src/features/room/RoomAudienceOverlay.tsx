import { useCallback, useRef } from 'react'
import type { RoomAudience } from '@common/lan/participants'
import { describeLeftOut } from '@common/room/overlay-wording'
import { useOverlayPlacement } from './useOverlayPlacement'
import { VoteChart } from './VoteChart'
import './room-themes.css'
import './room-audience.css'

/**
 * What the facilitator chose to show of the participants' input, over the room screen but never
 * over its clock, in the room's theme, saying what it covers.
 */
export function RoomAudienceOverlay({ room }: { room: RoomAudience | null }) {
  const aside = useRef<HTMLElement>(null)
  const shown = room !== null && (room.input !== null || room.tally !== null)
  const mode = room?.tally?.mode ?? 'one'
  const describeMore = useCallback((counts: number[]) => describeLeftOut(counts, mode), [mode])
  const theme = useOverlayPlacement(aside, shown ? JSON.stringify(room) : null, describeMore)
  if (!shown) return null
  return (
    <aside
      ref={aside}
      className={`room-audience room-theme-${theme}`}
      aria-label="From the participants"
    >
      <p className="room-audience-covers" data-testid="room-audience-covers" />
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
