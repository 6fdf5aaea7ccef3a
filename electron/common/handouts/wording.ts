import type { Grouping } from '../domain/workshop/schema'

const groupingWords: Record<Grouping, string> = {
  solo: 'On your own',
  pairs: 'In pairs',
  trios: 'In threes',
  smallGroups: 'Small groups',
  wholeRoom: 'Whole room',
}

/** How a grouping reads on paper: "In pairs", "Whole room". */
export function describeGrouping(grouping: Grouping): string {
  return groupingWords[grouping]
}

/** The distinct groupings of an exercise in order, as words: "Whole room, In pairs". */
export function describeFormat(format: readonly Grouping[]): string {
  return [...new Set(format)].map(describeGrouping).join(', ')
}

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
