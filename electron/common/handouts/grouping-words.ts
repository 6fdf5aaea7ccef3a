import type { Grouping } from '../domain/workshop/schema'
import { groupingMessageIds } from '../i18n/grouping-messages'
import type { Translator } from '../i18n/translator'

/** How a grouping is said on paper, in the handout's language: "In pairs", "Zu zweit". */
export function describeGroupingIn(intl: Translator, grouping: Grouping): string {
  return intl.formatMessage({ id: groupingMessageIds[grouping] })
}

/** The distinct groupings of an exercise in order, as words: "Whole room, In pairs". */
export function describeFormatIn(intl: Translator, format: readonly Grouping[]): string {
  return intl.formatList(
    [...new Set(format)].map((grouping) => describeGroupingIn(intl, grouping)),
    { type: 'unit' },
  )
}
