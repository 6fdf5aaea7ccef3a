/**
 * Lengths of time in the SI symbols (min, h), which Spanish, French and German write as English
 * does, so these read the same in every language the app speaks.
 */

/**
 * A length of time as people say it, never with decimals: whole minutes as "10 min", parts of a
 * minute as m:ss ("1:30", "5:36"), and an hour or more in hours and whole minutes ("1 h 5 min").
 */
export function formatMinutes(minutes: number): string {
  const seconds = Math.round(Math.abs(minutes) * 60)
  const sign = minutes < 0 && seconds > 0 ? '−' : ''
  if (seconds >= 3600) {
    const wholeMinutes = Math.round(seconds / 60)
    const hours = Math.floor(wholeMinutes / 60)
    const rest = wholeMinutes - hours * 60
    return `${sign}${String(hours)} h${rest === 0 ? '' : ` ${String(rest)} min`}`
  }
  if (seconds % 60 === 0) return `${sign}${String(seconds / 60)} min`
  return `${sign}${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`
}

/** A difference rounded to whole minutes: "3 min", or "1 h 2 min"; "< 1 min" below. */
export function formatWholeMinutes(minutes: number): string {
  const rounded = Math.round(Math.abs(minutes))
  if (rounded === 0) return '< 1 min'
  return formatMinutes(rounded)
}
