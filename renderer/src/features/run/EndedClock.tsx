import { useIntl } from 'react-intl'
import type { RunState } from '@common/domain/run/run-state'
import { formatMinutes } from '../../lib/human-minutes'
import { useClockTime } from './useClockTime'

/** The console's clock once the session is over: when it ended and how long it ran. */
export function EndedClock({ state }: { state: RunState }) {
  const intl = useIntl()
  const clockTime = useClockTime()
  const { startedAt, endedAt } = state
  const ran =
    startedAt !== null && endedAt !== null
      ? formatMinutes(Math.round((endedAt - startedAt) / 60_000))
      : null
  return (
    <div className="countdown countdown-console is-ended" role="timer" data-testid="ended-clock">
      <span className="countdown-digits">
        {endedAt === null
          ? intl.formatMessage({ id: 'console.ended.ended' })
          : intl.formatMessage({ id: 'console.ended.endedAt' }, { time: clockTime(endedAt) })}
      </span>
      <span className="countdown-state">
        <span className="countdown-shape" aria-hidden="true">
          ✓
        </span>{' '}
        {ran === null
          ? intl.formatMessage({ id: 'console.ended.over' })
          : intl.formatMessage({ id: 'console.ended.overRan' }, { duration: ran })}
      </span>
    </div>
  )
}
