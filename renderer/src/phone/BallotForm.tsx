import { useState } from 'react'
import type { OpenVote } from '@common/lan/participants'
import type { ParticipantMessage } from './useLiveChannel'
import { SentAnswer, type Answer } from './SentAnswer'
import { voterId } from './voter-id'

/** This phone's id for votes, the same after a reload, so a new ballot replaces the last. */
const voter = voterId(storageOrNull())

function storageOrNull(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Reading localStorage itself throws where the browser forbids storage.
    return null
  }
}

/** One choice, or a number of dots to place (several on one option allowed). */
export function BallotForm({
  vote,
  submit,
}: {
  vote: OpenVote
  submit: (message: ParticipantMessage) => Promise<string | null>
}) {
  const [dots, setDots] = useState<number[]>(() => vote.options.map(() => 0))
  const [answer, setAnswer] = useState<Answer | null>(null)
  const placed = dots.reduce((a, b) => a + b, 0)
  const left = vote.dots - placed
  const choose = (index: number, count: number) =>
    setDots((current) => current.map((c, i) => (i === index ? count : vote.mode === 'one' ? 0 : c)))
  const choices = dots.flatMap((count, index) => Array.from({ length: count }, () => index))

  return (
    <form
      className="participant-form"
      aria-label="Vote"
      onSubmit={(event) => {
        event.preventDefault()
        void submit({ type: 'ballot', voteId: vote.id, voter, choices }).then((problem) =>
          setAnswer(
            problem === null
              ? {
                  ok: true,
                  text: 'Your vote is counted. You can change it while the vote is open.',
                }
              : { ok: false, text: problem },
          ),
        )
      }}
    >
      <h2>{vote.question}</h2>
      {vote.mode === 'one' ? (
        <fieldset>
          <legend>Choose one</legend>
          {vote.options.map((option, index) => (
            <label key={option} className="ballot-option">
              <input
                type="radio"
                name="ballot"
                checked={dots[index] === 1}
                onChange={() => choose(index, 1)}
              />{' '}
              {option}
            </label>
          ))}
        </fieldset>
      ) : (
        <fieldset>
          <legend>
            Place your {String(vote.dots)} dots ({String(left)} left)
          </legend>
          {vote.options.map((option, index) => (
            <div key={option} className="ballot-option">
              <span id={`ballot-${String(index)}`}>{option}</span>
              <button
                type="button"
                aria-label={`One dot less on ${option}`}
                disabled={(dots[index] ?? 0) === 0}
                onClick={() => choose(index, (dots[index] ?? 0) - 1)}
              >
                −
              </button>
              <output aria-labelledby={`ballot-${String(index)}`}>
                {String(dots[index] ?? 0)}
              </output>
              <button
                type="button"
                aria-label={`One dot more on ${option}`}
                disabled={left === 0}
                onClick={() => choose(index, (dots[index] ?? 0) + 1)}
              >
                +
              </button>
            </div>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button-primary" disabled={choices.length === 0}>
        Vote
      </button>
      <SentAnswer answer={answer} />
    </form>
  )
}
