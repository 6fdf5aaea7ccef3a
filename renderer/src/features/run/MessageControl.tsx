import { useState, type RefObject, type SyntheticEvent } from 'react'
import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'

interface MessageControlProps {
  state: RunState
  send: (command: RunCommand) => void
  inputRef: RefObject<HTMLInputElement | null>
}

/** A banner message to the room, and the blank screen switch. */
export function MessageControl({ state, send, inputRef }: MessageControlProps) {
  const [draft, setDraft] = useState('')
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (draft.trim() === '') return
    send({ type: 'message', text: draft.trim() })
    setDraft('')
    inputRef.current?.blur()
  }
  return (
    <section className="run-room-controls" aria-label="Room screen">
      <form className="message-form" onSubmit={submit}>
        <label htmlFor="room-message">
          Message to the room <kbd>M</kbd>
        </label>
        <div className="message-row">
          <input
            id="room-message"
            ref={inputRef}
            value={draft}
            maxLength={280}
            placeholder="e.g. Two more minutes, then swap"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') event.currentTarget.blur()
            }}
          />
          <button type="submit" disabled={draft.trim() === ''}>
            Show
          </button>
        </div>
      </form>
      {state.message !== null && (
        <p className="message-current">
          Showing: “{state.message}”{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => send({ type: 'message', text: null })}
          >
            Clear
          </button>
        </p>
      )}
      <button
        type="button"
        aria-pressed={state.blanked}
        onClick={() => send({ type: 'blank', on: !state.blanked })}
      >
        {state.blanked ? 'Show the room screen again' : 'Blank the room screen'} <kbd>B</kbd>
      </button>
    </section>
  )
}
