import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { LanStatus } from '@common/lan/lan-status'
import type { Lan } from './useLanStatus'
import { VoteChart } from '../room/VoteChart'
import { VoteForm } from './VoteForm'

/**
 * The participants' questions and notes as they arrive, and the vote. Nothing reaches the room
 * until the facilitator shows it here.
 */
export function ModerationPanel({
  status,
  lan,
}: {
  status: LanStatus
  lan: Pick<Lan, 'takeInputs' | 'moderate' | 'openVote' | 'closeVote' | 'showVoteOnRoom'>
}) {
  const intl = useIntl()
  const { moderation } = status
  const [composing, setComposing] = useState(false)
  const vote = moderation.vote

  return (
    <section
      className="lan-moderation"
      aria-label={intl.formatMessage({ id: 'console.lan.moderation.title' })}
    >
      <h3>
        <FormattedMessage id="console.lan.moderation.title" />
      </h3>
      <label>
        <input
          type="checkbox"
          checked={moderation.inputsOpen}
          onChange={(event) => lan.takeInputs(event.target.checked)}
        />{' '}
        <FormattedMessage id="console.lan.moderation.take" />
      </label>
      {moderation.inbox.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="console.lan.moderation.nothingYet" />
        </p>
      ) : (
        <ol
          className="lan-inbox"
          aria-label={intl.formatMessage({ id: 'console.lan.moderation.inbox' })}
        >
          {moderation.inbox.map((item) => {
            const onRoom = moderation.shownInputId === item.id
            const act = (action: 'show' | 'hide' | 'answered' | 'done' | 'drop') =>
              lan.moderate({ id: item.id, action })
            return (
              <li key={item.id} className={`lan-inbox-${item.status}`}>
                <p>
                  <strong>
                    <FormattedMessage
                      id="console.lan.moderation.kind"
                      values={{ kind: item.kind }}
                    />
                  </strong>
                  {' · '}
                  {item.name ?? intl.formatMessage({ id: 'console.lan.moderation.anonymous' })}
                  {' · '}
                  <FormattedMessage
                    id="console.lan.moderation.status"
                    values={{ status: item.status }}
                  />
                </p>
                <p className="lan-inbox-text">{item.text}</p>
                <div className="toolbar">
                  <button type="button" onClick={() => act(onRoom ? 'hide' : 'show')}>
                    <FormattedMessage
                      id={onRoom ? 'console.lan.moderation.hide' : 'console.lan.moderation.show'}
                    />
                  </button>
                  <button type="button" onClick={() => act('answered')}>
                    <FormattedMessage id="console.lan.moderation.answered" />
                  </button>
                  <button type="button" onClick={() => act('done')}>
                    <FormattedMessage id="console.lan.moderation.done" />
                  </button>
                  <button type="button" onClick={() => act('drop')}>
                    <FormattedMessage id="console.lan.moderation.drop" />
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <h3>
        <FormattedMessage id="console.lan.vote.title" />
      </h3>
      {vote !== null && (
        <>
          <VoteChart tally={vote} />
          <p className="muted">
            <FormattedMessage
              id={vote.open ? 'console.lan.vote.votedSoFar' : 'console.lan.vote.votedClosed'}
              values={{ count: vote.voters }}
            />
          </p>
          <div className="toolbar">
            {vote.open && (
              <button type="button" onClick={lan.closeVote}>
                <FormattedMessage id="console.lan.vote.close" />
              </button>
            )}
            <button
              type="button"
              aria-pressed={moderation.room.tally !== null}
              onClick={() => lan.showVoteOnRoom(moderation.room.tally === null)}
            >
              <FormattedMessage
                id={
                  moderation.room.tally === null
                    ? 'console.lan.vote.showResult'
                    : 'console.lan.vote.hideResult'
                }
              />
            </button>
          </div>
        </>
      )}
      {vote?.open !== true &&
        (composing ? (
          <VoteForm
            onOpen={(vote) => {
              setComposing(false)
              lan.openVote(vote)
            }}
            onCancel={() => setComposing(false)}
          />
        ) : (
          <button type="button" onClick={() => setComposing(true)}>
            <FormattedMessage id="console.lan.vote.compose" />
          </button>
        ))}
    </section>
  )
}
