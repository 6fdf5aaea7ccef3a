import { useCallback, useRef, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
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
import { groupingMessageIds } from '@common/i18n/grouping-messages'
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

const statusWords: Record<RunState['status'], MessageId> = {
  ready: 'console.status.ready',
  running: 'console.status.running',
  paused: 'console.status.paused',
  ended: 'console.status.ended',
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
  const intl = useIntl()
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
          title={ended ? undefined : intl.formatMessage({ id: 'console.leave.endFirst' })}
        >
          <FormattedMessage id="console.leave" />
        </button>
        <h1 className="run-workshop-title">{state.workshop.title}</h1>
        <span className={`status-pill status-${state.status}`} data-testid="run-status">
          <FormattedMessage id={statusWords[state.status]} />
        </span>
        <button type="button" onClick={() => setShowShortcuts(true)}>
          <FormattedMessage id="console.shortcuts" /> <kbd>?</kbd>
        </button>
        {ended ? (
          <button type="button" className="button-resume" onClick={() => send({ type: 'reopen' })}>
            <FormattedMessage id="console.resumeSession" />
          </button>
        ) : (
          state.status !== 'ready' && (
            <button type="button" className="button-danger" onClick={() => setConfirmingEnd(true)}>
              <FormattedMessage id="console.endSession" />
            </button>
          )
        )}
      </header>
      <Notice
        message={
          refused === null
            ? null
            : {
                tone: 'error',
                text: intl.formatMessage({ id: 'console.refused' }, { reason: refused }),
              }
        }
        onDismiss={onDismissRefused}
      />
      <Notice message={actions.notice} onDismiss={actions.dismiss} />
      <RoomWindowNotice />
      <div className="run-grid">
        <section className="run-now" aria-label={intl.formatMessage({ id: 'console.now' })}>
          <p className="run-now-item">
            {currentItem(state).title}
            {phaseCount > 1 && (
              <span className="run-now-position">
                {' '}
                <FormattedMessage
                  id="console.phaseOf"
                  values={{ phase: state.phaseIndex + 1, phases: phaseCount }}
                />
              </span>
            )}
          </p>
          <h2 className="run-now-phase" data-testid="console-phase">
            {phase.label}{' '}
            <span className="muted">
              · <FormattedMessage id={groupingMessageIds[phase.grouping]} />
            </span>
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
        <section className="run-room" aria-label={intl.formatMessage({ id: 'console.roomScreen' })}>
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
                label: intl.formatMessage({ id: 'console.tab.notes' }),
                content: (
                  <>
                    <NotesPane sessionRunning={state.startedAt !== null && !ended} />
                    <details className="run-settings" open={state.status === 'ready'}>
                      <summary>
                        <FormattedMessage id="console.sessionDetails" />
                      </summary>
                      <SessionDetailsForm />
                    </details>
                  </>
                ),
              },
              {
                id: 'exercise',
                label: intl.formatMessage({ id: 'console.tab.exercise' }),
                content: <ExerciseNotes state={state} />,
              },
              {
                id: 'agenda',
                label: intl.formatMessage({ id: 'console.tab.agenda' }),
                content: <RunAgenda state={state} send={send} />,
              },
              {
                id: 'groups',
                label: intl.formatMessage({ id: 'console.tab.groups' }),
                badge: people === undefined ? undefined : String(people),
                content: <RosterPanel state={state} roster={roster} />,
              },
              {
                id: 'network',
                label: intl.formatMessage({ id: 'console.tab.network' }),
                content: <LanPanel />,
              },
              {
                id: 'print',
                label: intl.formatMessage({ id: 'console.tab.print' }),
                content: <HandoutPanel workshopRef={state.workshopRef} workshop={state.workshop} />,
              },
              {
                id: 'displays',
                label: intl.formatMessage({ id: 'console.tab.displays' }),
                content: <SoundAndDisplays />,
              },
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
