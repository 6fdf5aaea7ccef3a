import type { Grouping } from '@common/domain/workshop/schema'
import type { MessageId } from '@common/i18n/message-id'

/** How the console says each grouping: "In pairs", "Whole room". */
export const groupingMessages: Readonly<Record<Grouping, MessageId>> = {
  solo: 'console.grouping.solo',
  pairs: 'console.grouping.pairs',
  trios: 'console.grouping.trios',
  smallGroups: 'console.grouping.smallGroups',
  wholeRoom: 'console.grouping.wholeRoom',
}
