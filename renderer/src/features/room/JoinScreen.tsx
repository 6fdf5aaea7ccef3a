import { FormattedMessage, useIntl } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'
import type { JoinInvite } from './room-join'
import { RoomClock } from './RoomClock'

/**
 * How to join from a phone, large enough to scan and read from the back of the room: the QR code,
 * and the short address to type for a phone that cannot scan. While the clock runs it stays on
 * the screen beside them.
 */
export function JoinScreen({ invite, state }: { invite: JoinInvite; state: RunState | null }) {
  const intl = useIntl()
  const clockShown = state !== null && (state.status === 'running' || state.status === 'paused')
  return (
    <div className="room-screen room-join" data-testid="room-join">
      <header className="room-header">
        <h1 className="room-exercise-title">
          <FormattedMessage id="room.join.title" />
        </h1>
      </header>
      <div className="room-join-body">
        <img
          className="room-join-qr"
          src={invite.qrCode}
          alt={intl.formatMessage({ id: 'room.join.qrAlt' })}
        />
        <div className="room-join-words">
          <ol className="room-join-steps">
            <li>
              <FormattedMessage
                id="room.join.wifi"
                values={{
                  nowrap: (chunks) => <span className="room-nowrap">{chunks}</span>,
                }}
              />
            </li>
            <li>
              <FormattedMessage id={invite.working ? 'room.join.scanOrType' : 'room.join.scan'} />
            </li>
          </ol>
          {clockShown && <RoomClock state={state} />}
        </div>
        {invite.working && (
          <p className="room-join-address" data-testid="room-join-address">
            {invite.shortAddress}
          </p>
        )}
      </div>
    </div>
  )
}
