import { useState } from 'react'
import type { LanStatus } from '@common/lan/lan-status'
import type { Lan } from './useLanStatus'
import { VoteChart } from '../room/VoteChart'
import { VoteForm } from './VoteForm'

const statusWords = { new: 'New', shown: 'On the room', answered: 'Answered', done: 'Done' }

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
  const { moderation } = status
  const [composing, setComposing] = useState(false)
  const vote = moderation.vote

  return (
    <section className="lan-moderation" aria-label="From the participants">
      <h3>From the participants</h3>
      <label>
        <input
          type="checkbox"
          checked={moderation.inputsOpen}
          onChange={(event) => lan.takeInputs(event.target.checked)}
        />{' '}
        Take questions and notes
      </label>
      {moderation.inbox.length === 0 ? (
        <p className="muted">Nothing has arrived yet.</p>
      ) : (
        <ol className="lan-inbox" aria-label="Questions and notes">
          {moderation.inbox.map((item) => {
            const onRoom = moderation.shownInputId === item.id
            const act = (action: 'show' | 'hide' | 'answered' | 'done' | 'drop') =>
              lan.moderate({ id: item.id, action })
            return (
              <li key={item.id} className={`lan-inbox-${item.status}`}>
                <p>
                  <strong>{item.kind === 'question' ? 'Question' : 'Note'}</strong>
                  {' · '}
                  {item.name ?? 'anonymous'} · {statusWords[item.status]}
                </p>
                <p className="lan-inbox-text">{item.text}</p>
                <div className="toolbar">
                  <button type="button" onClick={() => act(onRoom ? 'hide' : 'show')}>
                    {onRoom ? 'Take off the room' : 'Show on room'}
                  </button>
                  <button type="button" onClick={() => act('answered')}>
                    Answered
                  </button>
                  <button type="button" onClick={() => act('done')}>
                    Done
                  </button>
                  <button type="button" onClick={() => act('drop')}>
                    Drop
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <h3>Vote</h3>
      {vote !== null && (
        <>
          <VoteChart tally={vote} />
          <p className="muted">
            {String(vote.voters)} voted
            {vote.open ? ' so far' : ' · closed and kept in the session record'}
          </p>
          <div className="toolbar">
            {vote.open && (
              <button type="button" onClick={lan.closeVote}>
                Close the vote
              </button>
            )}
            <button
              type="button"
              aria-pressed={moderation.room.tally !== null}
              onClick={() => lan.showVoteOnRoom(moderation.room.tally === null)}
            >
              {moderation.room.tally === null
                ? 'Show the result on the room'
                : 'Take the result off the room'}
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
            Open a vote…
          </button>
        ))}
    </section>
  )
}
