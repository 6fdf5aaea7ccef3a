import type { Grouping } from '../domain/workshop/schema'
import type { MessageId } from './message-id'

/**
 * How each grouping is said, one wording for every surface: the room, the console, the editor,
 * the printed pages and the spreadsheet import all name "In pairs" alike, in every language.
 */
export const groupingMessageIds: Readonly<Record<Grouping, MessageId>> = {
  solo: 'common.grouping.solo',
  pairs: 'common.grouping.pairs',
  trios: 'common.grouping.trios',
  smallGroups: 'common.grouping.smallGroups',
  wholeRoom: 'common.grouping.wholeRoom',
}
