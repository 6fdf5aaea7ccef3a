import type { Grouping } from '../domain/workshop/schema'
import type { MessageId } from '../i18n/message-id'
import type { Translator } from '../i18n/translator'

const groupingIds: Readonly<Record<Grouping, MessageId>> = {
  solo: 'print.grouping.solo',
  pairs: 'print.grouping.pairs',
  trios: 'print.grouping.trios',
  smallGroups: 'print.grouping.smallGroups',
  wholeRoom: 'print.grouping.wholeRoom',
}

/** How a grouping is said on paper, in the handout's language: "In pairs", "Zu zweit". */
export function describeGroupingIn(intl: Translator, grouping: Grouping): string {
  return intl.formatMessage({ id: groupingIds[grouping] })
}

/** The distinct groupings of an exercise in order, as words: "Whole room, In pairs". */
export function describeFormatIn(intl: Translator, format: readonly Grouping[]): string {
  return intl.formatList(
    [...new Set(format)].map((grouping) => describeGroupingIn(intl, grouping)),
    { type: 'unit' },
  )
}
