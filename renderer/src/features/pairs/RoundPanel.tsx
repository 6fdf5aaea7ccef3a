import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { nameRound } from '@common/domain/grouping/round-view'
import {
  roundAt,
  type RosterView,
  type SessionRoster,
} from '@common/domain/grouping/session-roster'
import type { RunState } from '@common/domain/run/run-state'
import { formatRole } from './member-words'
import type { Roster } from './useRoster'

/**
 * The round of the current (or next) grouped exercise: its groups and roles, a swap of two people
 * by hand (choose one, then the other), late arrivals and leavers, and the room's pairing screen.
 */
export function RoundPanel({
  state,
  view,
  roster,
  actions,
}: {
  state: RunState
  view: RosterView
  roster: SessionRoster
  actions: Pick<Roster, 'change' | 'showGroups'>
}) {
  const intl = useIntl()
  const [chosen, setChosen] = useState<string | null>(null)
  const [arrival, setArrival] = useState('')
  const [leaving, setLeaving] = useState('')
  const round = roundAt(state.workshop, roster, state.itemIndex)
  if (round === null)
    return (
      <p className="pairs-hint">
        <FormattedMessage id="console.pairs.round.noneLeft" />
      </p>
    )
  const named = nameRound(state.workshop, roster, round)
  const onRoom = view.shownExerciseId === round.exerciseId
  const choose = (personId: string) => {
    if (chosen === null) {
      setChosen(personId)
      return
    }
    setChosen(null)
    if (chosen === personId) return
    void actions.change({
      kind: 'swap',
      exerciseId: round.exerciseId,
      first: chosen,
      second: personId,
    })
  }
  return (
    <section
      className="pairs-round"
      aria-label={intl.formatMessage({ id: 'console.pairs.round.label' })}
    >
      <h3>
        <FormattedMessage id="console.pairs.round.title" values={{ title: named.exerciseTitle }} />{' '}
        <button
          type="button"
          aria-pressed={onRoom}
          onClick={() => actions.showGroups(onRoom ? null : round.exerciseId)}
        >
          <FormattedMessage id={onRoom ? 'console.pairs.round.back' : 'console.pairs.round.show'} />
        </button>
      </h3>
      <p className="pairs-hint">
        <FormattedMessage
          id={chosen === null ? 'console.pairs.round.swapFirst' : 'console.pairs.round.swapSecond'}
        />
      </p>
      <ol className="pairs-groups">
        {named.groups.map((group, index) => (
          <li
            key={String(index)}
            className="pairs-group"
            aria-label={intl.formatMessage(
              { id: 'console.pairs.round.group' },
              { number: index + 1 },
            )}
          >
            {/* Numbered as on the room, so "Group 7" there is found here at a glance. */}
            <span className="pairs-group-number" aria-hidden="true">
              {intl.formatNumber(index + 1)}
            </span>
            {group.map((member) => (
              <button
                key={member.personId}
                type="button"
                className="pairs-person"
                aria-pressed={chosen === member.personId}
                onClick={() => choose(member.personId)}
              >
                {member.name}
                {member.role !== null && (
                  <span className="pairs-role">
                    {' '}
                    <FormattedMessage
                      id="console.pairs.round.role"
                      values={{ role: formatRole(intl, member.role) }}
                    />
                  </span>
                )}
              </button>
            ))}
          </li>
        ))}
      </ol>
      <form
        className="pairs-inline"
        onSubmit={(event) => {
          event.preventDefault()
          void actions.change({ kind: 'add', name: arrival }).then((done) => done && setArrival(''))
        }}
      >
        <label>
          <FormattedMessage id="console.pairs.round.lateArrival" />{' '}
          <input
            value={arrival}
            maxLength={120}
            onChange={(event) => setArrival(event.target.value)}
          />
        </label>
        <button type="submit" disabled={arrival.trim() === ''}>
          <FormattedMessage id="console.pairs.round.add" />
        </button>
      </form>
      <form
        className="pairs-inline"
        onSubmit={(event) => {
          event.preventDefault()
          void actions
            .change({ kind: 'remove', personId: leaving })
            .then((done) => done && setLeaving(''))
        }}
      >
        <label>
          <FormattedMessage id="console.pairs.round.left" />{' '}
          <select value={leaving} onChange={(event) => setLeaving(event.target.value)}>
            <option value="">{intl.formatMessage({ id: 'console.pairs.round.choose' })}</option>
            {named.groups.flat().map((member) => (
              <option key={member.personId} value={member.personId}>
                {member.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={leaving === ''}>
          <FormattedMessage id="console.pairs.round.takeOut" />
        </button>
      </form>
    </section>
  )
}
