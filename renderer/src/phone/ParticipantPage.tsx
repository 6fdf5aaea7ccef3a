import { FormattedMessage, useIntl } from 'react-intl'
import type { PhoneSession } from './useLiveChannel'
import { InputForm } from './InputForm'
import { BallotForm } from './BallotForm'

/**
 * A participant's page: today's exercise and its prompts in the phone's own text size, and what
 * the facilitator opened (questions and notes, a vote). It can never control the clock.
 */
export function ParticipantPage({ session }: { session: PhoneSession }) {
  const intl = useIntl()
  const view = session.participant
  if (view === null) return null
  return (
    <section
      className="participant"
      aria-label={intl.formatMessage({ id: 'phone.participant.label' })}
    >
      <p className="participant-workshop">
        {view.workshopTitle ?? intl.formatMessage({ id: 'phone.participant.waiting' })}
      </p>
      {view.itemTitle === null ? (
        <h1>
          <FormattedMessage id="phone.participant.notStarted" />
        </h1>
      ) : (
        <>
          <h1 data-testid="participant-item">{view.itemTitle}</h1>
          <p className="participant-phase">{view.phaseLabel}</p>
          {view.prompts.length > 0 && (
            <ul className="participant-prompts">
              {view.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {view.vote !== null && (
        <BallotForm key={view.vote.id} vote={view.vote} submit={session.submit} />
      )}
      {view.inputsOpen && <InputForm submit={session.submit} />}
    </section>
  )
}
