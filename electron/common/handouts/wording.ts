/** Minutes as printed next to a phase: "3", "1.5". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

/** Time since the start as "0:05" or "1:30", for workshops with no planned start time. */
export function formatElapsed(minutes: number): string {
  const total = Math.round(minutes)
  return `${String(Math.floor(total / 60))}:${String(total % 60).padStart(2, '0')}`
}
