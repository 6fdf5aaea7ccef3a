import { Suspense, useEffect } from 'react'
import { FormattedMessage } from 'react-intl'
import type { OpenedWorkshop } from '@common/api/contract'
import { LibraryScreen } from '../features/library/LibraryScreen'
import { ResumePrompt } from '../features/run/ResumePrompt'
import { useRun } from '../features/run/useRun'
import { WorkshopScreen } from '../features/workshop/WorkshopScreen'
import { DebriefScreen, EditorScreen, RunConsole, SessionsScreen } from './lazy-screens'
import { useConsoleScreen } from './useConsoleScreen'
import { forgetFirstScreen } from './keep-first-screen'
import './console.css'

/** The facilitator's window: the library, a workshop, the sessions and debriefs, or a session. */
export function ConsoleApp() {
  const { screen, show: setScreen, leaveEditor } = useConsoleScreen()
  const { snapshot, send, refused, dismissRefused } = useRun()
  const state = snapshot?.state ?? null
  // A start during a session opens on it: the library kept from before would only flash.
  const inSession = state !== null
  useEffect(() => {
    if (inSession) forgetFirstScreen()
  }, [inSession])

  if (state !== null && snapshot?.needsResumeConfirmation === true) {
    return (
      <div className="console">
        <main className="console-main">
          <ResumePrompt state={state} />
        </main>
      </div>
    )
  }
  if (state !== null) {
    return (
      <Suspense fallback={null}>
        <RunConsole
          state={state}
          send={send}
          refused={refused}
          onDismissRefused={dismissRefused}
          onDebrief={(fileName) => setScreen({ kind: 'debrief', fileName })}
        />
      </Suspense>
    )
  }
  const toWorkshop = (opened: OpenedWorkshop) => setScreen({ kind: 'workshop', opened })
  const toLibrary = () => setScreen({ kind: 'library' })
  return (
    <div className="console">
      <header className="console-header">
        <span className="brand" aria-hidden="true">
          ◆
        </span>
        <span className="brand-name">
          <FormattedMessage id="console.brand" />
        </span>
      </header>
      <main className="console-main">
        <Suspense
          fallback={
            <p className="muted">
              <FormattedMessage id="console.opening" />
            </p>
          }
        >
          {screen.kind === 'library' && (
            <LibraryScreen
              onOpened={toWorkshop}
              onSessions={() => setScreen({ kind: 'sessions' })}
            />
          )}
          {screen.kind === 'workshop' && (
            <WorkshopScreen
              opened={screen.opened}
              onBack={toLibrary}
              onOpened={toWorkshop}
              onEdit={(opened) => setScreen({ kind: 'editor', opened })}
            />
          )}
          {screen.kind === 'editor' && (
            <EditorScreen
              opened={screen.opened}
              onDone={(renamed) => leaveEditor(renamed ?? screen.opened)}
            />
          )}
          {screen.kind === 'sessions' && (
            <SessionsScreen
              onBack={toLibrary}
              onOpen={(fileName) => setScreen({ kind: 'debrief', fileName })}
            />
          )}
          {screen.kind === 'debrief' && (
            <DebriefScreen
              fileName={screen.fileName}
              onBack={() => setScreen({ kind: 'sessions' })}
            />
          )}
        </Suspense>
      </main>
    </div>
  )
}
