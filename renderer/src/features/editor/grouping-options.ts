import type { Grouping } from '@common/domain/workshop/schema'
import { groupingWords } from '@common/domain/workshop/grouping-words'

/** The groupings as choices for a select, in the order a facilitator thinks of them. */
export const groupingOptions = (Object.keys(groupingWords) as Grouping[]).map((value) => ({
  value,
  label: groupingWords[value],
}))
