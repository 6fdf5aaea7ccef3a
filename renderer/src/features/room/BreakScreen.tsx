import type { RunState } from '@common/domain/run/run-state'
import type { Break } from '@common/domain/workshop/schema'
import { phaseDueAt, remainingMs } from '@common/domain/run/timer'
import { formatBackAt } from '@common/room/room-wording'
import { useSecondNow } from '../../lib/useFrameNow'
import { FittedPrompts } from './FittedPrompts'
import { RoomClock } from './RoomClock'
import { useJoinInvite } from './room-join'

function BackAt({ state, now }: { state: RunState; now: number | undefined }) {
  const secondNow = useSecondNow()
  const at = now ?? secondNow
  const remaining = remainingMs(state, at)
  // While paused the end moves later with every second, so it is read from now, not fixed.
  const dueAt = phaseDueAt(state) ?? at + remaining
  return (
    <p className="room-back-at" data-testid="room-back-at">
      {remaining > 0 ? formatBackAt(dueAt) : 'Time to come back'}
    </p>
  )
}

/**
 * A break: its title once, what the room should know (never the facilitator's note), and when to
 * be back, from the clock.
 */
export function BreakScreen({
  state,
  item,
  now,
}: {
  state: RunState
  item: Break
  now: number | undefined
}) {
  const text = item.roomText.trim()
  const invite = useJoinInvite()
  return (
    <div className="room-screen room-break">
      <div className="room-break-words">
        <h1 className="room-break-title">{item.title}</h1>
        {text !== '' && <FittedPrompts prompts={[text]} variant="text" />}
      </div>
      {/* A break is when people take out their phones: how to join, while the network is open. */}
      {invite !== null && (
        <div className="room-break-join" data-testid="room-break-join">
          <img src={invite.qrCode} alt="QR code of the participants’ page" />
          <p>
            Join from your phone: scan{invite.working ? ', or type' : ''}
            {invite.working && <strong>{invite.shortAddress}</strong>}
          </p>
        </div>
      )}
      <RoomClock state={state} now={now}>
        <BackAt state={state} now={now} />
      </RoomClock>
    </div>
  )
}
