import { useState, type RefObject, type SyntheticEvent } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import { buttonKeys } from '@common/domain/run/shortcuts'
import { MessagePresetsEditor } from './MessagePresetsEditor'
import { usePreferences } from './usePreferences'

interface MessageControlProps {
  state: RunState
  send: (command: RunCommand) => void
  inputRef: RefObject<HTMLInputElement | null>
}

/** A banner message to the room, typed or picked from the facilitator's presets. */
export function MessageControl({ state, send, inputRef }: MessageControlProps) {
  const intl = useIntl()
  const [draft, setDraft] = useState('')
  const { preferences, notice, dismiss, update } = usePreferences()
  const presets = preferences?.messagePresets ?? []
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    if (draft.trim() === '') return
    send({ type: 'message', text: draft.trim() })
    setDraft('')
    inputRef.current?.blur()
  }
  return (
    <div className="run-message">
      <form className="message-form" onSubmit={submit}>
        <label htmlFor="room-message">
          <FormattedMessage id="console.message.label" /> <kbd>{buttonKeys.message}</kbd>
        </label>
        <div className="message-row">
          <input
            id="room-message"
            ref={inputRef}
            value={draft}
            maxLength={280}
            list="message-presets"
            placeholder={intl.formatMessage({ id: 'console.message.placeholder' })}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') event.currentTarget.blur()
            }}
          />
          <button type="submit" disabled={draft.trim() === ''}>
            <FormattedMessage id="console.message.show" />
          </button>
        </div>
        <datalist id="message-presets">
          {presets.map((preset) => (
            <option key={preset} value={preset} />
          ))}
        </datalist>
      </form>
      {presets.length > 0 && (
        <div
          className="message-presets"
          role="group"
          aria-label={intl.formatMessage({ id: 'console.message.presets' })}
        >
          {presets.map((preset) => (
            <button
              key={preset}
              type="button"
              className="preset"
              aria-pressed={state.message === preset}
              onClick={() =>
                send({ type: 'message', text: state.message === preset ? null : preset })
              }
            >
              {preset}
            </button>
          ))}
        </div>
      )}
      {state.message !== null && (
        <p className="message-current">
          <FormattedMessage id="console.message.showing" values={{ message: state.message }} />{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => send({ type: 'message', text: null })}
          >
            <FormattedMessage id="console.message.clear" />
          </button>
        </p>
      )}
      {preferences !== null && (
        <MessagePresetsEditor
          presets={preferences.messagePresets}
          onSave={(messagePresets) => update({ messagePresets })}
          notice={notice}
          onDismiss={dismiss}
        />
      )}
    </div>
  )
}
