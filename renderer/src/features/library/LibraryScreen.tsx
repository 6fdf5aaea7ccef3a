import { Suspense, useState } from 'react'
import type { OpenedWorkshop } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { TextPrompt } from '../../components/TextPrompt'
import { SheetImportPanel } from '../../app/lazy-screens'
import { BrokenFileList } from './BrokenFileList'
import { WorkshopCard } from './WorkshopCard'
import { useLibrary } from './useLibrary'
import { useLibraryActions } from './useLibraryActions'
import './library.css'

/** The console's home: every workshop, what each holds, and what can be done with it. */
export function LibraryScreen({
  onOpened,
  onSessions,
}: {
  onOpened: (opened: OpenedWorkshop) => void
  onSessions: () => void
}) {
  const state = useLibrary()
  const actions = useLibraryActions(onOpened)
  const [creating, setCreating] = useState(false)
  const [dropping, setDropping] = useState(false)

  return (
    <section
      className={dropping ? 'library is-drop-target' : 'library'}
      aria-labelledby="library-title"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDropping(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false)
      }}
      onDrop={(event) => {
        setDropping(false)
        const file = event.dataTransfer.files[0]
        if (file === undefined) return
        event.preventDefault()
        actions.dropFile(file)
      }}
    >
      <div className="screen-heading">
        <h1 id="library-title">Workshops</h1>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            New workshop
          </button>
          <button type="button" onClick={onSessions}>
            Sessions
          </button>
          <button type="button" onClick={actions.importFile}>
            Import…
          </button>
          <button type="button" onClick={actions.chooseFolder}>
            Change folder…
          </button>
        </div>
      </div>
      <Notice message={actions.notice} onDismiss={actions.dismiss} />
      {actions.sheet !== null && (
        <Suspense fallback={<p className="muted">Reading {actions.sheet.fileName}…</p>}>
          <SheetImportPanel
            key={actions.sheet.serial}
            sheet={actions.sheet}
            onOpened={onOpened}
            onClose={actions.closeSheet}
          />
        </Suspense>
      )}
      {creating && (
        <TextPrompt
          label="Title of the new workshop"
          initialValue=""
          submitLabel="Create"
          onCancel={() => setCreating(false)}
          onSubmit={(title) => {
            setCreating(false)
            actions.create(title)
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
              <WorkshopCard key={JSON.stringify(summary.ref)} summary={summary} actions={actions} />
            ))}
          </ul>
          {state.listing.workshops.every((w) => w.readOnly) && (
            <p className="muted">
              Your own workshops will appear here. Start with “Duplicate to edit” on the built-in
              one.
            </p>
          )}
          <BrokenFileList broken={state.listing.broken} onRestore={actions.restoreBackup} />
        </>
      )}
    </section>
  )
}
