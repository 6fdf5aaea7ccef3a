import type { IntlShape } from 'react-intl'

/**
 * A time of day kept as 24-hour "HH:MM" (as workshop files keep it), said as the language says
 * times: "2:30 PM" in English, "14:30" in Spanish, French and German.
 */
export function formatClockText(intl: IntlShape, clock: string): string {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number)
  return formatTimeOfDay(intl, new Date(2000, 0, 1, hours, minutes).getTime())
}

/** The time of day of a moment (epoch milliseconds), as the language says times. */
export function formatTimeOfDay(intl: IntlShape, at: number): string {
  return intl.formatTime(at, { hour: 'numeric', minute: '2-digit' })
}
