import type { RetimingChange } from '@common/domain/schedule/retime'
import { formatMinutes } from '../lib/human-minutes'

/** The items a re-timing changes: each one dropped, or its old and new length. */
export function RetimingChanges({ changes }: { changes: readonly RetimingChange[] }) {
  return (
    <ul>
      {changes.map((change) => (
        <li key={change.id}>
          {change.title}:{' '}
          {change.dropped
            ? 'dropped'
            : `${formatMinutes(change.fromMinutes)} → ${formatMinutes(change.toMinutes)}`}
        </li>
      ))}
    </ul>
  )
}
