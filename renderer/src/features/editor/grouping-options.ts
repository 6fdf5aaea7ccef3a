import type { IntlShape } from 'react-intl'
import type { Grouping } from '@common/domain/workshop/schema'

const groupingIds = {
  solo: 'editor.grouping.solo',
  pairs: 'editor.grouping.pairs',
  trios: 'editor.grouping.trios',
  smallGroups: 'editor.grouping.smallGroups',
  wholeRoom: 'editor.grouping.wholeRoom',
} as const satisfies Record<Grouping, string>

/** The groupings as choices for a select, in the order a facilitator thinks of them. */
export function groupingOptions(intl: IntlShape): { value: Grouping; label: string }[] {
  return (Object.keys(groupingIds) as Grouping[]).map((value) => ({
    value,
    label: intl.formatMessage({ id: groupingIds[value] }),
  }))
}
