import { formatClockTime } from '@common/domain/run/schedule-tracking'
import type { RunState } from '@common/domain/run/run-state'
import { formatMinutes } from '../../lib/human-minutes'

/** The console's clock once the session is over: when it ended and how long it ran. */
export function EndedClock({ state }: { state: RunState }) {
  const { startedAt, endedAt } = state
  const ran =
    startedAt !== null && endedAt !== null
      ? formatMinutes(Math.round((endedAt - startedAt) / 60_000))
      : null
  return (
    <div className="countdown countdown-console is-ended" role="timer" data-testid="ended-clock">
      <span className="countdown-digits">
        {endedAt === null ? 'Ended' : `Ended ${formatClockTime(endedAt)}`}
      </span>
      <span className="countdown-state">
        <span className="countdown-shape" aria-hidden="true">
          ✓
        </span>{' '}
        {ran === null ? 'Session over' : `Session over · ran ${ran}`}
      </span>
    </div>
  )
}
