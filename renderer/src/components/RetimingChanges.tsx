import type { RetimingChange } from '@common/domain/schedule/retime'
import { formatDuration } from '@common/domain/workshop/schedule'

/** The items a re-timing changes: each one dropped, or its old and new length. */
export function RetimingChanges({ changes }: { changes: readonly RetimingChange[] }) {
  return (
    <ul>
      {changes.map((change) => (
        <li key={change.id}>
          {change.title}:{' '}
          {change.dropped
            ? 'dropped'
            : `${formatDuration(change.fromMinutes)} → ${formatDuration(change.toMinutes)}`}
        </li>
      ))}
    </ul>
  )
}
