import type { IntlShape } from 'react-intl'
import { formatClockTime } from '@common/domain/run/schedule-tracking'
import { formatMinutes } from '../../lib/human-minutes'

/**
 * When a session ran, in the app's language: "Tuesday, March 3, 2026, 09:02–15:45",
 * "Not started", or "… – unfinished".
 */
export function describeWhen(
  intl: IntlShape,
  startedAt: number | null,
  endedAt: number | null,
  length: 'long' | 'short',
): string {
  if (startedAt === null) return intl.formatMessage({ id: 'sessions.when.notStarted' })
  const day = intl.formatDate(startedAt, {
    weekday: length,
    year: 'numeric',
    month: length,
    day: 'numeric',
  })
  // The console's clock reads 24-hour everywhere (formatClockTime); the list matches it.
  const time = formatClockTime
  return intl.formatMessage(
    { id: 'sessions.when.range' },
    {
      day,
      start: time(startedAt),
      end:
        endedAt === null ? intl.formatMessage({ id: 'sessions.when.unfinished' }) : time(endedAt),
    },
  )
}

/** Where, who and how many, after the date: " · Room 4 · Ana · 18 participants". */
export function joinDetails(details: readonly string[]): string {
  return details.map((detail) => ` · ${detail}`).join('')
}

/** A session's minutes against its plan: "on plan", "5 min over plan", "3 min under plan". */
export function describeOverrun(intl: IntlShape, minutes: number): string {
  const direction = Math.abs(minutes) < 0.5 ? 'same' : minutes > 0 ? 'over' : 'under'
  return intl.formatMessage(
    { id: 'sessions.debrief.againstPlan' },
    { direction, minutes: formatMinutes(Math.abs(minutes)) },
  )
}
