import type { RunState } from '@common/domain/run/run-state'
import type { JoinInvite } from './room-join'
import { RoomClock } from './RoomClock'

/**
 * How to join from a phone, large enough to scan and read from the back of the room: the QR code,
 * and the short address to type for a phone that cannot scan. While the clock runs it stays on
 * the screen beside them.
 */
export function JoinScreen({ invite, state }: { invite: JoinInvite; state: RunState | null }) {
  const clockShown = state !== null && (state.status === 'running' || state.status === 'paused')
  return (
    <div className="room-screen room-join" data-testid="room-join">
      <header className="room-header">
        <h1 className="room-exercise-title">Join from your phone</h1>
      </header>
      <div className="room-join-body">
        <img className="room-join-qr" src={invite.qrCode} alt="QR code of the participants’ page" />
        <div className="room-join-words">
          <ol className="room-join-steps">
            <li>
              Join this room’s <span className="room-nowrap">Wi-Fi</span>.
            </li>
            <li>
              {invite.working ? 'Scan the code, or type the address below.' : 'Scan the code.'}
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
