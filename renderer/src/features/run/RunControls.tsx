import type { RunCommand } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'

interface RunControlsProps {
  state: RunState
  send: (command: RunCommand) => void
}

/** The clock's buttons, each with its key shown. */
export function RunControls({ state, send }: RunControlsProps) {
  const { status } = state
  const primary =
    status === 'ready'
      ? { label: 'Start', command: { type: 'start' } as const }
      : status === 'running'
        ? { label: 'Pause', command: { type: 'pause' } as const }
        : { label: 'Resume', command: { type: 'resume' } as const }
  const ended = status === 'ended'
  return (
    <div className="run-controls" role="group" aria-label="Clock controls">
      <button
        type="button"
        className="button-primary button-large"
        disabled={ended}
        onClick={() => send(primary.command)}
      >
        {primary.label} <kbd>Space</kbd>
      </button>
      <div className="run-controls-row">
        <button type="button" disabled={ended} onClick={() => send({ type: 'previousPhase' })}>
          ← Previous phase <kbd>P</kbd>
        </button>
        <button type="button" disabled={ended} onClick={() => send({ type: 'nextPhase' })}>
          Next phase → <kbd>N</kbd>
        </button>
      </div>
      <div className="run-controls-row">
        <button
          type="button"
          disabled={ended}
          onClick={() => send({ type: 'adjust', minutes: -1 })}
        >
          − 1 min <kbd>−</kbd>
        </button>
        <button type="button" disabled={ended} onClick={() => send({ type: 'adjust', minutes: 1 })}>
          + 1 min <kbd>+</kbd>
        </button>
      </div>
      <div className="run-controls-row run-controls-quiet">
        <button type="button" disabled={ended} onClick={() => send({ type: 'previousItem' })}>
          ⇤ Previous exercise
        </button>
        <button
          type="button"
          disabled={ended || status === 'ready'}
          onClick={() => send({ type: 'restartPhase' })}
        >
          ↺ Restart phase
        </button>
        <button type="button" disabled={ended} onClick={() => send({ type: 'nextItem' })}>
          Next exercise ⇥
        </button>
      </div>
    </div>
  )
}
