import type { Session } from '@common/api/contract'
import { describeGroup, nameRounds } from '@common/domain/grouping/round-view'

/**
 * The debrief's groups and roles of each round, and a way to remove the names from the record
 * once they are no longer needed (they are personal data).
 */
export function DebriefGroups({ session, onClear }: { session: Session; onClear: () => void }) {
  const roster = session.roster
  if (roster === null) return null
  return (
    <section aria-labelledby="groups-title">
      <h2 id="groups-title">Groups and roles</h2>
      <p className="muted">
        {String(roster.people.length)} people on the roster.{' '}
        <button type="button" className="button-quiet" onClick={onClear}>
          Remove the names from this record
        </button>
      </p>
      {nameRounds(session.workshop, roster).map((round) => (
        <section
          key={round.exerciseId}
          className="debrief-item"
          aria-label={`Groups in ${round.exerciseTitle}`}
        >
          <h3>{round.exerciseTitle}</h3>
          <ol>
            {round.groups.map((group, index) => (
              <li key={String(index)}>{describeGroup(group)}</li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}
