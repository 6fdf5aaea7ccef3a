import { FormattedMessage, useIntl } from 'react-intl'
import type { SessionComparison } from '@common/api/contract'
import type { DebriefRow } from '@common/domain/session/debrief'
import { formatMinutes } from '../../lib/human-minutes'
import { useDifferenceWords } from './useDifferenceWords'

/**
 * This session beside the earlier ones of its workshop: for each item its minutes, the typical
 * (median) minutes before, and how it differed; above them, the session as a whole.
 */
export function DebriefComparison({
  comparison,
  rows,
}: {
  comparison: SessionComparison
  rows: DebriefRow[]
}) {
  const intl = useIntl()
  const describe = useDifferenceWords()
  const none = intl.formatMessage({ id: 'sessions.comparison.none' })
  const titles = new Map(rows.map((row) => [row.itemIndex, row.title]))
  return (
    <section aria-labelledby="comparison-title" className="debrief-comparison">
      <h2 id="comparison-title">
        <FormattedMessage id="sessions.comparison.title" />
      </h2>
      <p className="debrief-comparison-summary" data-testid="comparison-summary">
        <FormattedMessage
          id="sessions.comparison.summary"
          values={{
            actual: formatMinutes(comparison.actualMinutes),
            typical: formatMinutes(comparison.typicalMinutes),
            count: comparison.earlierSessions,
            difference: describe(comparison.differenceMinutes),
          }}
        />
      </p>
      <table className="agenda">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="sessions.comparison.item" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="sessions.comparison.thisSession" />
            </th>
            <th scope="col" className="numeric">
              <FormattedMessage id="sessions.comparison.typical" />
            </th>
            <th scope="col">
              <FormattedMessage id="sessions.comparison.difference" />
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.items
            // An item neither this session nor any before it reached has nothing to compare.
            .filter((item) => item.actualMinutes !== null || item.typicalMinutes !== null)
            .map((item) => (
              <tr key={item.itemIndex}>
                <th scope="row">{titles.get(item.itemIndex)}</th>
                <td className="numeric">
                  {item.actualMinutes === null
                    ? intl.formatMessage({ id: 'sessions.comparison.notReached' })
                    : formatMinutes(item.actualMinutes)}
                </td>
                <td className="numeric">
                  {item.typicalMinutes === null ? none : formatMinutes(item.typicalMinutes)}
                </td>
                <td>
                  {item.differenceMinutes === null
                    ? item.typicalMinutes === null
                      ? intl.formatMessage({ id: 'sessions.comparison.noEarlier' })
                      : none
                    : describe(item.differenceMinutes)}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  )
}
