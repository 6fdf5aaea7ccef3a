import { useCallback } from 'react'
import { useIntl } from 'react-intl'

/**
 * How the console shows a time of day, in the app's language: "9:30 PM" in English, "21:30" in
 * Spanish, French and German.
 */
export function useClockTime(): (ms: number) => string {
  const intl = useIntl()
  return useCallback(
    (ms: number) => intl.formatTime(ms, { hour: 'numeric', minute: '2-digit' }),
    [intl],
  )
}
