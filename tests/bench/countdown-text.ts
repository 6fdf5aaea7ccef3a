/**
 * The interval of true remaining times (ms) for which the display ought to show `text`, following
 * `formatCountdown`: "4:59" stands for (4 min 58 s, 4 min 59 s] because it rounds up; "0:00"
 * for (-1 s, 0]; "+0:05" for (-6 s, -5 s] in overtime (the overtime figure rounds down).
 * Returns null for text that is not a countdown.
 */
export function intervalShownBy(text: string): { low: number; high: number } | null {
  const match = /^(\+)?(?:(\d+):)?(\d+):(\d\d)$/.exec(text.trim())
  if (match === null) return null
  const [, plus, hours = '0', minutes = '0', seconds = '0'] = match
  const shown = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000
  if (plus !== undefined) return { low: -shown - 1000, high: -shown }
  if (shown === 0) return { low: -1000, high: 0 }
  return { low: shown - 1000, high: shown }
}

/**
 * How wrong the display is at one instant: the distance from the true remaining time to the
 * interval the shown text stands for. It is 0 whenever the text is the right one for that
 * instant, and otherwise how long ago (or how far ahead) the right moment for that text was.
 * Comparing with the shown text's nominal value instead would report up to a second of "error"
 * on a perfect display, because whole seconds are all it shows. The interval is treated as
 * closed: at 1 ms resolution the open end makes no difference.
 */
export function displayErrorMs(text: string, trueRemainingMs: number): number {
  const interval = intervalShownBy(text)
  if (interval === null) throw new Error(`not a countdown: "${text}"`)
  if (trueRemainingMs < interval.low) return interval.low - trueRemainingMs
  if (trueRemainingMs > interval.high) return trueRemainingMs - interval.high
  return 0
}

/** Seconds shown by a countdown text (negative in overtime), for spotting a jump in the room. */
export function shownSeconds(text: string): number | null {
  const interval = intervalShownBy(text)
  return interval === null ? null : interval.high / 1000
}
