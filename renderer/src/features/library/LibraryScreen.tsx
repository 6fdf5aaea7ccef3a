import { useState } from 'react'
import type { OpenedWorkshop, Result } from '@common/api/contract'
import { Notice, type NoticeMessage } from '../../components/Notice'
import { TextPrompt } from '../../components/TextPrompt'
import { bridge } from '../../lib/bridge'
import { useLatestOnly } from '../../lib/useLatestOnly'
import { BrokenFileList } from './BrokenFileList'
import { WorkshopCard } from './WorkshopCard'
import { useLibrary } from './useLibrary'
import './library.css'

/**
 * Runs a library action and reports its failure; cancelled dialogs are not failures. An action
 * with `onDone` leads to another screen, and only the latest such action does.
 */
export type RunAction = <T>(action: Promise<Result<T>>, onDone?: (value: T) => void) => void

/** The console's home: every workshop, what each holds, and what can be done with it. */
export function LibraryScreen({
  onOpened,
  onSessions,
}: {
  onOpened: (opened: OpenedWorkshop) => void
  onSessions: () => void
}) {
  const state = useLibrary()
  const [notice, setNotice] = useState<NoticeMessage | null>(null)
  const [creating, setCreating] = useState(false)

  const latestOnly = useLatestOnly()
  const run: RunAction = (action, onDone) => {
    const answered = (result: Awaited<typeof action>) => {
      if (result.ok) onDone?.(result.value)
      else if (result.code !== 'cancelled') setNotice({ tone: 'error', text: result.message })
    }
    if (onDone === undefined) void action.then(answered)
    else latestOnly(action, answered)
  }

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="screen-heading">
        <h1 id="library-title">Workshops</h1>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            New workshop
          </button>
          <button type="button" onClick={onSessions}>
            Sessions
          </button>
          <button type="button" onClick={() => run(bridge.importWorkshop({}), onOpened)}>
            Import…
          </button>
          <button type="button" onClick={() => run(bridge.chooseLibraryFolder({}))}>
            Change folder…
          </button>
        </div>
      </div>
      <Notice message={notice} onDismiss={() => setNotice(null)} />
      {creating && (
        <TextPrompt
          label="Title of the new workshop"
          initialValue=""
          submitLabel="Create"
          onCancel={() => setCreating(false)}
          onSubmit={(title) => {
            setCreating(false)
            run(bridge.createWorkshop({ title }), onOpened)
          }}
        />
      )}
      {state.status === 'loading' && <p className="muted">Reading your workshops…</p>}
      {state.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p className="muted folder-line">
            Library folder: <span className="path">{state.listing.folder}</span>
          </p>
          {state.listing.folderMissing && (
            <p className="notice notice-error" role="alert">
              The library folder cannot be found: was it moved or deleted, or is it on a drive that
              is not connected? Its workshops are listed again as soon as it is back. To work
              elsewhere, choose another folder with “Change folder…”.
            </p>
          )}
          <ul className="workshop-list" aria-label="Workshops">
            {state.listing.workshops.map((summary) => (
              <WorkshopCard
                key={JSON.stringify(summary.ref)}
                summary={summary}
                run={run}
                onOpened={onOpened}
                onInfo={(text) => setNotice({ tone: 'info', text })}
              />
            ))}
          </ul>
          {state.listing.workshops.every((w) => w.readOnly) && (
            <p className="muted">
              Your own workshops will appear here. Start with “Duplicate to edit” on the built-in
              one.
            </p>
          )}
          <BrokenFileList broken={state.listing.broken} run={run} />
        </>
      )}
    </section>
  )
}
