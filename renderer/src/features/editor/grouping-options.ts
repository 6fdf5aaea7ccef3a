import type { Grouping } from '@common/domain/workshop/schema'
import { groupingNames } from '../run/grouping-names'

/** The groupings as choices for a select, in the order a facilitator thinks of them. */
export const groupingOptions = (Object.keys(groupingNames) as Grouping[]).map((value) => ({
  value,
  label: groupingNames[value],
}))
