import { useCallback, useRef, useState } from 'react'
import type { RunCommand } from '@common/api/contract'
import { currentPhase, type RunState } from '@common/domain/run/run-state'
import type { ShortcutAction } from '@common/domain/run/shortcuts'
import { bridge } from '../../lib/bridge'
import { useSecondNow } from '../../lib/useFrameNow'
import { HandoutPanel } from '../handouts/HandoutPanel'
import { NotesPane } from '../notes/NotesPane'
import { SessionDetailsForm } from '../notes/SessionDetailsForm'
import { EndedPanel } from './EndedPanel'
import { Countdown } from './Countdown'
import { ExerciseNotes } from './ExerciseNotes'
import { groupingNames } from './grouping-names'
import { MessageControl } from './MessageControl'
import { describeNextUp } from './next-up'
import { PhaseRibbon } from './PhaseRibbon'
import { RunAgenda } from './RunAgenda'
import { RunControls } from './RunControls'
import { SchedulePanel } from './SchedulePanel'
import { ShortcutSheet } from './ShortcutSheet'
import { SoundAndDisplays } from './SoundAndDisplays'
import { useRunShortcuts } from './useRunShortcuts'
import './run.css'

const statusWords = {
  ready: 'Ready to start',
  running: 'Running',
  paused: 'Paused',
  ended: 'Session ended',
}

/** The facilitator's screen during a session: the clock, its controls, the notes and the plan. */
export function RunConsole({
  state,
  send,
  onDebrief,
}: {
  state: RunState
  send: (command: RunCommand) => void
  onDebrief: (fileName: string) => void
}) {
  const now = useSecondNow()
  const [showShortcuts, setShowShortcuts] = useState(false)
  const messageInput = useRef<HTMLInputElement>(null)
  const phase = currentPhase(state)
  const nextUp = describeNextUp(state)

  const onShortcut = useCallback(
    (action: ShortcutAction) => {
      switch (action.kind) {
        case 'command':
          send(action.command)
          return
        case 'focusMessage':
          messageInput.current?.focus()
          return
        case 'toggleFullscreen':
          void bridge.toggleRoomFullscreen({})
          return
        case 'showShortcuts':
          setShowShortcuts(true)
          return
        case 'escape':
          setShowShortcuts(false)
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
      }
    },
    [send],
  )
  useRunShortcuts(onShortcut)

  return (
    <div className="run-console">
      <header className="run-header">
        <button
          type="button"
          className="button-quiet"
          onClick={() => void bridge.closeRun({})}
          disabled={state.status === 'running' || state.status === 'paused'}
          title="End the session first"
        >
          ← Leave session
        </button>
        <h1 className="run-workshop-title">{state.workshop.title}</h1>
        <span className={`status-pill status-${state.status}`} data-testid="run-status">
          {statusWords[state.status]}
        </span>
        <button type="button" onClick={() => setShowShortcuts(true)}>
          Shortcuts <kbd>?</kbd>
        </button>
        {state.status !== 'ended' && state.status !== 'ready' && (
          <button type="button" className="button-danger" onClick={() => send({ type: 'end' })}>
            End session
          </button>
        )}
      </header>
      <div className="run-grid">
        <section className="run-now" aria-label="Now">
          <p className="run-now-item">{state.workshop.exercises[state.itemIndex]?.title}</p>
          <h2 className="run-now-phase" data-testid="console-phase">
            {phase.label} <span className="muted">· {groupingNames[phase.grouping]}</span>
          </h2>
          <Countdown state={state} size="console" />
          <PhaseRibbon state={state} />
          {nextUp !== null && <p className="run-next">Next: {nextUp}</p>}
          <RunControls state={state} send={send} />
          <MessageControl state={state} send={send} inputRef={messageInput} />
        </section>
        <div className="run-middle">
          {state.status === 'ended' && <EndedPanel onDebrief={onDebrief} />}
          <NotesPane sessionRunning={state.startedAt !== null && state.status !== 'ended'} />
          <details className="run-settings" open={state.status === 'ready'}>
            <summary>Session details</summary>
            <SessionDetailsForm />
          </details>
          <ExerciseNotes state={state} />
        </div>
        <div className="run-side">
          <SchedulePanel state={state} now={now} send={send} />
          <RunAgenda state={state} now={now} send={send} />
          <SoundAndDisplays />
          <details className="run-settings">
            <summary>Print handouts</summary>
            <HandoutPanel workshopRef={state.workshopRef} workshop={state.workshop} />
          </details>
        </div>
      </div>
      {showShortcuts && <ShortcutSheet onClose={() => setShowShortcuts(false)} />}
    </div>
  )
}
