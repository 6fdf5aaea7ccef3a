import { useCallback, useRef, useState } from 'react'
import type { RunCommand } from '@common/api/contract'
import { currentItem, currentPhase, phasesOf, type RunState } from '@common/domain/run/run-state'
import type { ShortcutAction } from '@common/domain/run/shortcuts'
import { Notice } from '../../components/Notice'
import { HandoutPanel } from '../handouts/HandoutPanel'
import { RosterPanel } from '../pairs/RosterPanel'
import { LanPanel } from '../lan/LanPanel'
import { NotesPane } from '../notes/NotesPane'
import { SessionDetailsForm } from '../notes/SessionDetailsForm'
import { Countdown } from './Countdown'
import { EndedClock } from './EndedClock'
import { EndedPanel } from './EndedPanel'
import { EndSessionDialog } from './EndSessionDialog'
import { ExerciseNotes } from './ExerciseNotes'
import { groupingWords } from '@common/domain/workshop/grouping-words'
import { MessageControl } from './MessageControl'
import { PresenterView } from './PresenterView'
import { RoomControls } from './RoomControls'
import { RunAgenda } from './RunAgenda'
import { RunControls } from './RunControls'
import { SchedulePanel } from './SchedulePanel'
import { ShortcutSheet } from './ShortcutSheet'
import { RoomWindowNotice } from './RoomWindowNotice'
import { SideTabs } from './SideTabs'
import { SoundAndDisplays } from './SoundAndDisplays'
import { useRoster } from '../pairs/useRoster'
import { useRunActions } from './useRunActions'
import { useRunShortcuts } from './useRunShortcuts'
import './run.css'

const statusWords = {
  ready: 'Ready to start',
  running: 'Running',
  paused: 'Paused',
  ended: 'Session ended',
}

/** The facilitator's screen during a session: the clock, the room, the notes and the plan. */
export function RunConsole({
  state,
  send,
  refused,
  onDismissRefused,
  onDebrief,
}: {
  state: RunState
  send: (command: RunCommand) => void
  /** Why the last clock command was not carried out, shown until dismissed or the next one works. */
  refused: string | null
  onDismissRefused: () => void
  onDebrief: (fileName: string) => void
}) {
  const actions = useRunActions()
  const { toggleRoomFullscreen } = actions
  const [showShortcuts, setShowShortcuts] = useState(false)
  const [confirmingEnd, setConfirmingEnd] = useState(false)
  const [sideTab, setSideTab] = useState('notes')
  const roster = useRoster()
  const people = roster.view?.roster?.people.length
  const messageInput = useRef<HTMLInputElement>(null)
  const phase = currentPhase(state)
  const phaseCount = phasesOf(currentItem(state)).length
  const ended = state.status === 'ended'
  const blanked = state.blanked

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
          toggleRoomFullscreen()
          return
        case 'showShortcuts':
          setShowShortcuts(true)
          return
        case 'escape':
          // A dialog closes itself on Esc; only that happens then.
          if (document.querySelector('dialog[open]') !== null) return
          if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
          if (blanked) send({ type: 'blank', on: false })
      }
    },
    [send, blanked, toggleRoomFullscreen],
  )
  useRunShortcuts(onShortcut)

  return (
    <div className="run-console">
      <header className="run-header">
        <button
          type="button"
          className="button-quiet"
          onClick={actions.leave}
          disabled={state.status === 'running' || state.status === 'paused'}
          title={ended ? undefined : 'End the session first'}
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
        {ended ? (
          <button type="button" className="button-resume" onClick={() => send({ type: 'reopen' })}>
            Resume the session
          </button>
        ) : (
          state.status !== 'ready' && (
            <button type="button" className="button-danger" onClick={() => setConfirmingEnd(true)}>
              End session…
            </button>
          )
        )}
      </header>
      <Notice
        message={refused === null ? null : { tone: 'error', text: `Not done: ${refused}` }}
        onDismiss={onDismissRefused}
      />
      <Notice message={actions.notice} onDismiss={actions.dismiss} />
      <RoomWindowNotice />
      <div className="run-grid">
        <section className="run-now" aria-label="Now">
          <p className="run-now-item">
            {currentItem(state).title}
            {phaseCount > 1 && (
              <span className="run-now-position">
                {' '}
                · phase {String(state.phaseIndex + 1)} of {String(phaseCount)}
              </span>
            )}
          </p>
          <h2 className="run-now-phase" data-testid="console-phase">
            {phase.label} <span className="muted">· {groupingWords[phase.grouping]}</span>
          </h2>
          {ended ? (
            <>
              <EndedClock state={state} />
              <EndedPanel onDebrief={onDebrief} onResume={() => send({ type: 'reopen' })} />
            </>
          ) : (
            <>
              <Countdown state={state} size="console" />
              <RunControls state={state} send={send} />
              <SchedulePanel state={state} send={send} />
            </>
          )}
        </section>
        <section className="run-room" aria-label="Room screen">
          <PresenterView state={state} />
          <RoomControls state={state} send={send}>
            <MessageControl state={state} send={send} inputRef={messageInput} />
          </RoomControls>
        </section>
        <div className="run-side">
          <SideTabs
            chosen={sideTab}
            onChoose={setSideTab}
            tabs={[
              {
                id: 'notes',
                label: 'Notes',
                content: (
                  <>
                    <NotesPane sessionRunning={state.startedAt !== null && !ended} />
                    <details className="run-settings" open={state.status === 'ready'}>
                      <summary>Session details</summary>
                      <SessionDetailsForm />
                    </details>
                  </>
                ),
              },
              { id: 'exercise', label: 'This exercise', content: <ExerciseNotes state={state} /> },
              { id: 'agenda', label: 'Agenda', content: <RunAgenda state={state} send={send} /> },
              {
                id: 'groups',
                label: 'Groups',
                badge: people === undefined ? undefined : String(people),
                content: <RosterPanel state={state} roster={roster} />,
              },
              { id: 'network', label: 'Room’s network', content: <LanPanel /> },
              {
                id: 'print',
                label: 'Print',
                content: <HandoutPanel workshopRef={state.workshopRef} workshop={state.workshop} />,
              },
              { id: 'displays', label: 'Sound and displays', content: <SoundAndDisplays /> },
            ]}
          />
        </div>
      </div>
      {showShortcuts && <ShortcutSheet onClose={() => setShowShortcuts(false)} />}
      {confirmingEnd && (
        <EndSessionDialog
          onEnd={() => {
            setConfirmingEnd(false)
            send({ type: 'end' })
          }}
          onCancel={() => setConfirmingEnd(false)}
        />
      )}
    </div>
  )
}
