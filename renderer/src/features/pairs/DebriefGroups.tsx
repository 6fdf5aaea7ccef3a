import { FormattedMessage, useIntl } from 'react-intl'
import type { Session } from '@common/api/contract'
import { nameRounds } from '@common/domain/grouping/round-view'
import { formatGroup } from './member-words'

/**
 * The debrief's groups and roles of each round, and a way to remove the names from the record
 * once they are no longer needed (they are personal data).
 */
export function DebriefGroups({ session, onClear }: { session: Session; onClear: () => void }) {
  const intl = useIntl()
  const roster = session.roster
  if (roster === null) return null
  return (
    <section aria-labelledby="groups-title">
      <h2 id="groups-title">
        <FormattedMessage id="console.pairs.debrief.title" />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="console.pairs.debrief.onRoster"
          values={{ count: roster.people.length }}
        />{' '}
        <button type="button" className="button-quiet" onClick={onClear}>
          <FormattedMessage id="console.pairs.debrief.clear" />
        </button>
      </p>
      {nameRounds(session.workshop, roster).map((round) => (
        <section
          key={round.exerciseId}
          className="debrief-item"
          aria-label={intl.formatMessage(
            { id: 'console.pairs.debrief.groupsIn' },
            { title: round.exerciseTitle },
          )}
        >
          <h3>{round.exerciseTitle}</h3>
          <ol>
            {round.groups.map((group, index) => (
              <li key={String(index)}>{formatGroup(intl, group)}</li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  )
}
