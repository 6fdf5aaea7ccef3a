import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import { currentItem, currentPhase } from '@common/domain/run/run-state'
import { Countdown } from '../features/run/Countdown'
import { describeNextUp } from '../features/run/next-up'
import { describeSendProblem } from './SentAnswer'
import type { PhoneSession } from './useLiveChannel'

const statusWords: Record<'ready' | 'running' | 'paused' | 'ended', MessageId> = {
  ready: 'phone.remote.status.ready',
  running: 'phone.remote.status.running',
  paused: 'phone.remote.status.paused',
  ended: 'phone.remote.status.ended',
}

/**
 * The remote for a phone held in one hand: what is on now and next and the time left at the top,
 * the clock's buttons under it, all on the first screen of the smallest phone; a message for the
 * room, used less often, after them. Every press goes to the same run service as the console's
 * buttons.
 */
export function RemotePage({ session }: { session: PhoneSession }) {
  const intl = useIntl()
  const { send, problem } = session
  const [message, setMessage] = useState('')
  const state = session.snapshot?.state ?? null
  if (state === null)
    return (
      <section className="remote" aria-label={intl.formatMessage({ id: 'phone.remote.label' })}>
        <h1>
          <FormattedMessage id="phone.remote.label" />
        </h1>
        <p>
          <FormattedMessage id="phone.remote.noSession" />
        </p>
      </section>
    )
  const ended = state.status === 'ended'
  const primary =
    state.status === 'ready'
      ? { label: 'phone.remote.start' as const, command: { type: 'start' } as const }
      : state.status === 'running'
        ? { label: 'phone.remote.pause' as const, command: { type: 'pause' } as const }
        : { label: 'phone.remote.resume' as const, command: { type: 'resume' } as const }
  const nextUp = describeNextUp(state, intl)

  return (
    <section className="remote" aria-label={intl.formatMessage({ id: 'phone.remote.label' })}>
      <header className="remote-now">
        <p className="remote-status" data-testid="remote-status">
          <FormattedMessage id={statusWords[state.status]} />
        </p>
        <h1 data-testid="remote-item">{currentItem(state).title}</h1>
        <p data-testid="remote-phase">{currentPhase(state).label}</p>
        <Countdown state={state} size="console" />
        {nextUp !== null && (
          <p className="remote-next">
            <FormattedMessage id="phone.remote.next" values={{ title: nextUp }} />
          </p>
        )}
      </header>
      {problem !== null && (
        <p className="phone-notice notice-error" role="alert">
          {describeSendProblem(intl, problem)}
        </p>
      )}
      <div
        className="remote-controls"
        role="group"
        aria-label={intl.formatMessage({ id: 'phone.remote.controls' })}
      >
        <div className="remote-row">
          <button
            type="button"
            disabled={ended}
            onClick={() => send({ type: 'adjust', minutes: -1 })}
          >
            <FormattedMessage id="phone.remote.minusMinute" />
          </button>
          <button
            type="button"
            disabled={ended}
            onClick={() => send({ type: 'adjust', minutes: 1 })}
          >
            <FormattedMessage id="phone.remote.plusMinute" />
          </button>
          <button
            type="button"
            aria-pressed={state.blanked}
            disabled={ended}
            onClick={() => send({ type: 'blank', on: !state.blanked })}
          >
            <FormattedMessage id="phone.remote.blank" />
          </button>
        </div>
        <div className="remote-row">
          <button type="button" disabled={ended} onClick={() => send({ type: 'previousPhase' })}>
            <FormattedMessage id="phone.remote.previous" />
          </button>
          <button type="button" disabled={ended} onClick={() => send({ type: 'nextPhase' })}>
            <FormattedMessage id="phone.remote.nextPhase" />
          </button>
        </div>
        <button
          type="button"
          className="button-primary remote-primary"
          disabled={ended}
          onClick={() => send(primary.command)}
        >
          <FormattedMessage id={primary.label} />
        </button>
      </div>
      <form
        className="remote-message"
        onSubmit={(event) => {
          event.preventDefault()
          send({ type: 'message', text: message.trim() === '' ? null : message })
        }}
      >
        <label htmlFor="remote-message-text">
          <FormattedMessage id="phone.remote.messageLabel" />
        </label>
        <input
          id="remote-message-text"
          list="remote-presets"
          value={message}
          maxLength={280}
          onChange={(event) => setMessage(event.target.value)}
        />
        <datalist id="remote-presets">
          {session.messagePresets.map((preset) => (
            <option key={preset} value={preset} />
          ))}
        </datalist>
        <div className="remote-row">
          <button type="submit" disabled={ended}>
            <FormattedMessage id="phone.remote.show" />
          </button>
          <button
            type="button"
            disabled={ended || state.message === null}
            onClick={() => send({ type: 'message', text: null })}
          >
            <FormattedMessage id="phone.remote.clear" />
          </button>
        </div>
      </form>
    </section>
  )
}
