import type { Grouping } from './schema'

/**
 * How each grouping is said, the same on the room, the console, the editor and paper: "In pairs",
 * "Whole room".
 */
export const groupingWords: Readonly<Record<Grouping, string>> = {
  solo: 'On your own',
  pairs: 'In pairs',
  trios: 'In threes',
  smallGroups: 'In small groups',
  wholeRoom: 'Whole room',
}

/** How a grouping is said: "In pairs". */
export function describeGrouping(grouping: Grouping): string {
  return groupingWords[grouping]
}

/** The distinct groupings of an exercise in order, as words: "Whole room, In pairs". */
export function describeFormat(format: readonly Grouping[]): string {
  return [...new Set(format)].map(describeGrouping).join(', ')
}
