import type { Grouping } from '@common/domain/workshop/schema'
import type { MessageId } from '@common/i18n/message-id'

/** How the room says each grouping ("In pairs"), in the workshop's language. */
export const groupingMessageIds: Readonly<Record<Grouping, MessageId>> = {
  solo: 'room.grouping.solo',
  pairs: 'room.grouping.pairs',
  trios: 'room.grouping.trios',
  smallGroups: 'room.grouping.smallGroups',
  wholeRoom: 'room.grouping.wholeRoom',
}
