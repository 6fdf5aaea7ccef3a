import { useMemo, useRef } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { RoomAudience } from '@common/lan/participants'
import { overlayWordsOf } from './overlay-words'
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
  const intl = useIntl()
  const words = useMemo(() => overlayWordsOf(intl, mode), [intl, mode])
  const theme = useOverlayPlacement(aside, shown ? JSON.stringify(room) : null, words)
  if (!shown) return null
  return (
    <aside
      ref={aside}
      className={`room-audience room-theme-${theme}`}
      aria-label={intl.formatMessage({ id: 'room.audience.label' })}
    >
      <p className="room-audience-covers" data-testid="room-audience-covers" />
      {room.input !== null && (
        <blockquote className="room-audience-input" data-testid="room-audience-input">
          <p>{room.input.text}</p>
          <footer>
            {room.input.name === null ? (
              <FormattedMessage
                id="room.audience.fromAnonymous"
                values={{ kind: room.input.kind }}
              />
            ) : (
              <FormattedMessage
                id="room.audience.from"
                values={{ kind: room.input.kind, name: room.input.name }}
              />
            )}
          </footer>
        </blockquote>
      )}
      {room.tally !== null && <VoteChart tally={room.tally} />}
    </aside>
  )
}
