import { useState } from 'react'
import type { OpenedWorkshop } from '@common/api/contract'
import { LibraryScreen } from '../features/library/LibraryScreen'
import { ResumePrompt } from '../features/run/ResumePrompt'
import { RunConsole } from '../features/run/RunConsole'
import { useRun } from '../features/run/useRun'
import { WorkshopScreen } from '../features/workshop/WorkshopScreen'

/** The facilitator's window: the library, one opened workshop, or the session in progress. */
export function ConsoleApp() {
  const [opened, setOpened] = useState<OpenedWorkshop | null>(null)
  const { snapshot, send } = useRun()
  const state = snapshot?.state ?? null

  if (state !== null && snapshot?.needsResumeConfirmation === true) {
    return (
      <div className="console">
        <main className="console-main">
          <ResumePrompt state={state} />
        </main>
      </div>
    )
  }
  if (state !== null) return <RunConsole state={state} send={send} />
  return (
    <div className="console">
      <header className="console-header">
        <span className="brand" aria-hidden="true">
          ◆
        </span>
        <span className="brand-name">Facilitator</span>
      </header>
      <main className="console-main">
        {opened === null ? (
          <LibraryScreen onOpened={setOpened} />
        ) : (
          <WorkshopScreen opened={opened} onBack={() => setOpened(null)} onOpened={setOpened} />
        )}
      </main>
    </div>
  )
}
