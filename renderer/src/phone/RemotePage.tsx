import { useState } from 'react'
import { currentItem, currentPhase } from '@common/domain/run/run-state'
import { Countdown } from '../features/run/Countdown'
import { describeNextUp } from '../features/run/next-up'
import type { PhoneSession } from './useLiveChannel'

const statusWords = {
  ready: 'Ready to start',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
}

/**
 * The remote for a phone held in one hand: what is on now and next and the time left at the top,
 * the clock's buttons under it, all on the first screen of the smallest phone; a message for the
 * room, used less often, after them. Every press goes to the same run service as the console's
 * buttons.
 */
export function RemotePage({ session }: { session: PhoneSession }) {
  const { send, problem } = session
  const [message, setMessage] = useState('')
  const state = session.snapshot?.state ?? null
  if (state === null)
    return (
      <section className="remote" aria-label="Remote">
        <h1>Remote</h1>
        <p>No session is open on the facilitator’s computer.</p>
      </section>
    )
  const ended = state.status === 'ended'
  const primary =
    state.status === 'ready'
      ? { label: 'Start', command: { type: 'start' } as const }
      : state.status === 'running'
        ? { label: 'Pause', command: { type: 'pause' } as const }
        : { label: 'Resume', command: { type: 'resume' } as const }
  const nextUp = describeNextUp(state)

  return (
    <section className="remote" aria-label="Remote">
      <header className="remote-now">
        <p className="remote-status" data-testid="remote-status">
          {statusWords[state.status]}
        </p>
        <h1 data-testid="remote-item">{currentItem(state).title}</h1>
        <p data-testid="remote-phase">{currentPhase(state).label}</p>
        <Countdown state={state} size="console" />
        {nextUp !== null && <p className="remote-next">Next: {nextUp}</p>}
      </header>
      {problem !== null && (
        <p className="phone-notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <div className="remote-controls" role="group" aria-label="Clock controls">
        <div className="remote-row">
          <button
            type="button"
            disabled={ended}
            onClick={() => send({ type: 'adjust', minutes: -1 })}
          >
            −1 min
          </button>
          <button
            type="button"
            disabled={ended}
            onClick={() => send({ type: 'adjust', minutes: 1 })}
          >
            +1 min
          </button>
          <button
            type="button"
            aria-pressed={state.blanked}
            disabled={ended}
            onClick={() => send({ type: 'blank', on: !state.blanked })}
          >
            Blank
          </button>
        </div>
        <div className="remote-row">
          <button type="button" disabled={ended} onClick={() => send({ type: 'previousPhase' })}>
            ← Previous
          </button>
          <button type="button" disabled={ended} onClick={() => send({ type: 'nextPhase' })}>
            Next →
          </button>
        </div>
        <button
          type="button"
          className="button-primary remote-primary"
          disabled={ended}
          onClick={() => send(primary.command)}
        >
          {primary.label}
        </button>
      </div>
      <form
        className="remote-message"
        onSubmit={(event) => {
          event.preventDefault()
          send({ type: 'message', text: message.trim() === '' ? null : message })
        }}
      >
        <label htmlFor="remote-message-text">Message on the room</label>
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
            Show
          </button>
          <button
            type="button"
            disabled={ended || state.message === null}
            onClick={() => send({ type: 'message', text: null })}
          >
            Clear
          </button>
        </div>
      </form>
    </section>
  )
}
