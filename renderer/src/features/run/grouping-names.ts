import type { Grouping } from '@common/domain/workshop/schema'

/** How a grouping is said to a room. */
export const groupingNames: Record<Grouping, string> = {
  solo: 'On your own',
  pairs: 'In pairs',
  trios: 'In threes',
  smallGroups: 'In small groups',
  wholeRoom: 'Whole room',
}
