import { formatClockTime } from '@common/domain/run/schedule-tracking'
import { useSecondNow } from '../../lib/useFrameNow'

/** The time of day, for rooms without a clock on the wall. */
export function TimeOfDay() {
  const now = useSecondNow()
  return (
    <p className="room-time-of-day" data-testid="room-time-of-day">
      <span className="visually-hidden">Time of day </span>
      {formatClockTime(now)}
    </p>
  )
}
