import type { IntlShape } from 'react-intl'
import type { Grouping } from '@common/domain/workshop/schema'
import { groupingMessageIds } from '@common/i18n/grouping-messages'

/** The groupings as choices for a select, in the order a facilitator thinks of them. */
export function groupingOptions(intl: IntlShape): { value: Grouping; label: string }[] {
  return (Object.keys(groupingMessageIds) as Grouping[]).map((value) => ({
    value,
    label: intl.formatMessage({ id: groupingMessageIds[value] }),
  }))
}
