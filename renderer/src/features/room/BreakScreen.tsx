import type { RunState } from '@common/domain/run/run-state'
import type { Break } from '@common/domain/workshop/schema'
import { phaseDueAt, remainingMs } from '@common/domain/run/timer'
import { FormattedMessage, useIntl } from 'react-intl'
import { backAtTime } from '@common/room/room-wording'
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
  const intl = useIntl()
  return (
    <p className="room-back-at" data-testid="room-back-at">
      {remaining > 0
        ? intl.formatMessage(
            { id: 'room.break.backAt' },
            { time: intl.formatTime(backAtTime(dueAt), { timeStyle: 'short' }) },
          )
        : intl.formatMessage({ id: 'room.break.comeBack' })}
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
  const intl = useIntl()
  return (
    <div className="room-screen room-break">
      <div className="room-break-words">
        <h1 className="room-break-title">{item.title}</h1>
        {text !== '' && <FittedPrompts prompts={[text]} variant="text" />}
      </div>
      {/* A break is when people take out their phones: how to join, while the network is open. */}
      {invite !== null && (
        <div className="room-break-join" data-testid="room-break-join">
          <img src={invite.qrCode} alt={intl.formatMessage({ id: 'room.join.qrAlt' })} />
          <p>
            <FormattedMessage
              id={invite.working ? 'room.break.joinScanOrType' : 'room.break.joinScan'}
            />
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
