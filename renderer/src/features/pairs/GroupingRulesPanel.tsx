import { FormattedMessage } from 'react-intl'
import type { GroupingRules } from '@common/domain/grouping/grouping-schema'
import { mixColumns } from '@common/domain/grouping/rule-edits'
import type { SessionRoster } from '@common/domain/grouping/session-roster'
import { NoMixing } from './NoMixing'
import { PairRuleList } from './PairRuleList'
import type { Roster } from './useRoster'
import './grouping-rules.css'

/**
 * The rules the groups keep, for a roster already grouped: who to keep apart, who to keep
 * together, which column to mix by. Each change draws the groups again from the same seed.
 */
export function GroupingRulesPanel({
  roster,
  arrange,
}: {
  roster: SessionRoster
  arrange: Roster['arrange']
}) {
  const columns = mixColumns(roster.people)
  const regroup = (rules: GroupingRules) => {
    const { seed, ...rest } = rules
    void arrange({ people: roster.people, rules: rest, seed })
  }
  return (
    <details className="grouping-rules">
      <summary>
        <FormattedMessage id="console.pairs.rules.title" />
      </summary>
      {columns.length > 0 && (
        <label>
          <FormattedMessage id="console.pairs.rules.mixEach" />{' '}
          <select
            value={roster.rules.mixBy ?? ''}
            onChange={(event) =>
              regroup({
                ...roster.rules,
                mixBy: event.target.value === '' ? null : event.target.value,
              })
            }
          >
            <NoMixing />
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </label>
      )}
      <PairRuleList list="apart" rules={roster.rules} people={roster.people} onRules={regroup} />
      <PairRuleList list="together" rules={roster.rules} people={roster.people} onRules={regroup} />
    </details>
  )
}
