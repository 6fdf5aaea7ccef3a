import { useIntl } from 'react-intl'
import { formatWholeMinutes } from '../../lib/human-minutes'

// A half-minute either way is the clock being read, not the exercise running long.
const SAME_BY = 0.5

/** Words for minutes against the usual: "3 min longer than usual", "as usual". */
export function useDifferenceWords(): (minutes: number) => string {
  const intl = useIntl()
  return (minutes) => {
    const direction = Math.abs(minutes) < SAME_BY ? 'same' : minutes > 0 ? 'longer' : 'shorter'
    return intl.formatMessage(
      { id: 'sessions.comparison.against' },
      { direction, minutes: formatWholeMinutes(minutes) },
    )
  }
}
