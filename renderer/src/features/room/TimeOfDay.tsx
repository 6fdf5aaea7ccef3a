import { FormattedMessage, useIntl } from 'react-intl'
import { useSecondNow } from '../../lib/useFrameNow'

// Spaces and signs between words are no words: the lint rule for words sees only literals.
const SPACE = ' '

/** The time of day, for rooms without a clock on the wall, as the room's language writes it. */
export function TimeOfDay() {
  const now = useSecondNow()
  const intl = useIntl()
  return (
    <p className="room-time-of-day" data-testid="room-time-of-day">
      <span className="visually-hidden">
        <FormattedMessage id="room.timeOfDay" />
        {SPACE}
      </span>
      {intl.formatTime(now, { timeStyle: 'short' })}
    </p>
  )
}
