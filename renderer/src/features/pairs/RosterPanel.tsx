import { FormattedMessage, useIntl } from 'react-intl'
import { sayRepeats } from '@common/domain/grouping/session-roster'
import type { RunState } from '@common/domain/run/run-state'
import { Notice } from '../../components/Notice'
import { GroupingRulesPanel } from './GroupingRulesPanel'
import { PrintGroups } from './PrintGroups'
import { RosterForm } from './RosterForm'
import { RoundPanel } from './RoundPanel'
import type { Roster } from './useRoster'
import './pairs.css'

/**
 * The console's roster and groups: never required; a workshop runs without one. `roster` is the
 * console's one reading of it, which also gives the Groups tab its count.
 */
export function RosterPanel({ state, roster }: { state: RunState; roster: Roster }) {
  const { view } = roster
  const people = view?.roster ?? null
  const intl = useIntl()
  const repeats = people === null ? null : sayRepeats(intl, people)
  return (
    <div className="pairs-panel">
      <h2 className="side-panel-title">
        {people === null ? (
          <FormattedMessage id="console.pairs.title" />
        ) : (
          <FormattedMessage
            id="console.pairs.titleWithCount"
            values={{ count: people.people.length }}
          />
        )}
      </h2>
      <RosterForm
        key={people === null ? 'none' : 'kept'}
        roster={people}
        arrange={roster.arrange}
        pairing={state.workshop.pairing}
      />
      <Notice message={roster.notice} onDismiss={roster.dismiss} />
      {people !== null && view !== null && (
        <>
          {repeats !== null && <p className="pairs-note">{repeats}</p>}
          <GroupingRulesPanel roster={people} arrange={roster.arrange} />
          <RoundPanel state={state} view={view} roster={people} actions={roster} />
          <PrintGroups roster={roster} />
          <button type="button" className="button-quiet" onClick={roster.clear}>
            <FormattedMessage id="console.pairs.clear" />
          </button>
        </>
      )}
    </div>
  )
}
