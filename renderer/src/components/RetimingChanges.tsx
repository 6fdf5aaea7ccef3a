import { FormattedMessage } from 'react-intl'
import type { RetimingChange } from '@common/domain/schedule/retime'
import { formatMinutes } from '../lib/human-minutes'

/** The items a re-timing changes: each one dropped, or its old and new length. */
export function RetimingChanges({ changes }: { changes: readonly RetimingChange[] }) {
  return (
    <ul>
      {changes.map((change) => (
        <li key={change.id}>
          {change.dropped ? (
            <FormattedMessage id="common.retiming.dropped" values={{ title: change.title }} />
          ) : (
            <FormattedMessage
              id="common.retiming.changed"
              values={{
                title: change.title,
                from: formatMinutes(change.fromMinutes),
                to: formatMinutes(change.toMinutes),
              }}
            />
          )}
        </li>
      ))}
    </ul>
  )
}
