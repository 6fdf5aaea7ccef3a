import { FormattedMessage, useIntl } from 'react-intl'
import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import { buttonKeys } from '@common/domain/run/shortcuts'
import type { MessageId } from '@common/i18n/message-id'

interface RunControlsProps {
  state: RunState
  send: (command: RunCommand) => void
}

/** The clock's buttons, each with its key shown. */
export function RunControls({ state, send }: RunControlsProps) {
  const intl = useIntl()
  const { status } = state
  const primary: { label: MessageId; command: RunCommand } =
    status === 'ready'
      ? { label: 'console.start', command: { type: 'start' } }
      : status === 'running'
        ? { label: 'console.pause', command: { type: 'pause' } }
        : { label: 'console.resume', command: { type: 'resume' } }
  const ended = status === 'ended'
  return (
    <div
      className="run-controls"
      role="group"
      aria-label={intl.formatMessage({ id: 'console.controls' })}
    >
      <button
        type="button"
        className="button-primary button-large"
        disabled={ended}
        onClick={() => send(primary.command)}
      >
        <FormattedMessage id={primary.label} />{' '}
        <kbd>
          <FormattedMessage id="console.key.space" />
        </kbd>
      </button>
      <div className="run-controls-row">
        <button type="button" disabled={ended} onClick={() => send({ type: 'previousPhase' })}>
          <FormattedMessage id="console.previousPhase" /> <kbd>{buttonKeys.previousPhase}</kbd>
        </button>
        <button type="button" disabled={ended} onClick={() => send({ type: 'nextPhase' })}>
          <FormattedMessage id="console.nextPhase" /> <kbd>{buttonKeys.nextPhase}</kbd>
        </button>
      </div>
      <div className="run-controls-row">
        <button
          type="button"
          disabled={ended}
          onClick={() => send({ type: 'adjust', minutes: -1 })}
        >
          <FormattedMessage id="console.removeMinute" /> <kbd>{buttonKeys.removeMinute}</kbd>
        </button>
        <button type="button" disabled={ended} onClick={() => send({ type: 'adjust', minutes: 1 })}>
          <FormattedMessage id="console.addMinute" /> <kbd>{buttonKeys.addMinute}</kbd>
        </button>
      </div>
      <div className="run-controls-row run-controls-quiet">
        <button type="button" disabled={ended} onClick={() => send({ type: 'previousItem' })}>
          <FormattedMessage id="console.previousItem" />
        </button>
        <button
          type="button"
          disabled={ended || status === 'ready'}
          onClick={() => send({ type: 'restartPhase' })}
        >
          <FormattedMessage id="console.restartPhase" />
        </button>
        <button type="button" disabled={ended} onClick={() => send({ type: 'nextItem' })}>
          <FormattedMessage id="console.nextItem" />
        </button>
      </div>
    </div>
  )
}
