import { Suspense, useEffect, useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { OpenedWorkshop } from '@common/api/contract'
import { Notice } from '../../components/Notice'
import { TextPrompt } from '../../components/TextPrompt'
import { SheetImportPanel } from '../../app/lazy-screens'
import { BrokenFileList } from './BrokenFileList'
import { WorkshopCard } from './WorkshopCard'
import { useLibrary } from './useLibrary'
import { useLibraryActions } from './useLibraryActions'
import { AppLanguageSelect } from './AppLanguageSelect'
import { keepFirstScreen } from '../../app/keep-first-screen'
import './library.css'

/** The console's home: every workshop, what each holds, and what can be done with it. */
export function LibraryScreen({
  onOpened,
  onSessions,
}: {
  onOpened: (opened: OpenedWorkshop) => void
  onSessions: () => void
}) {
  const intl = useIntl()
  const state = useLibrary()
  const actions = useLibraryActions(onOpened)
  const [creating, setCreating] = useState(false)
  const [dropping, setDropping] = useState(false)
  // The library as drawn with nothing open over it is the next start's first screen.
  const calm =
    state.status === 'ready' &&
    !creating &&
    !dropping &&
    actions.sheet === null &&
    actions.notice === null
  useEffect(() => {
    const root = document.getElementById('root')
    if (calm && root !== null) keepFirstScreen(root)
  }, [calm, state, intl.locale])

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
        <h1 id="library-title">
          <FormattedMessage id="library.title" />
        </h1>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            <FormattedMessage id="library.new" />
          </button>
          <button type="button" onClick={onSessions}>
            <FormattedMessage id="library.sessions" />
          </button>
          <button type="button" onClick={actions.importFile}>
            <FormattedMessage id="library.import" />
          </button>
          <button type="button" onClick={actions.chooseFolder}>
            <FormattedMessage id="library.changeFolder" />
          </button>
          <AppLanguageSelect />
        </div>
      </div>
      <Notice message={actions.notice} onDismiss={actions.dismiss} />
      {actions.sheet !== null && (
        <Suspense
          fallback={
            <p className="muted">
              <FormattedMessage
                id="library.readingSheet"
                values={{ fileName: actions.sheet.fileName }}
              />
            </p>
          }
        >
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
          label={intl.formatMessage({ id: 'library.newTitle' })}
          initialValue=""
          submitLabel={intl.formatMessage({ id: 'library.create' })}
          onCancel={() => setCreating(false)}
          onSubmit={(title) => {
            setCreating(false)
            actions.create(title)
          }}
        />
      )}
      {state.status === 'loading' && (
        <p className="muted">
          <FormattedMessage id="library.loading" />
        </p>
      )}
      {state.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <p className="muted folder-line">
            <FormattedMessage
              id="library.folder"
              values={{
                folder: state.listing.folder,
                path: (chunks) => <span className="path">{chunks}</span>,
              }}
            />
          </p>
          {state.listing.folderMissing && (
            <p className="notice notice-error" role="alert">
              <FormattedMessage id="library.folderMissing" />
            </p>
          )}
          <ul className="workshop-list" aria-label={intl.formatMessage({ id: 'library.title' })}>
            {state.listing.workshops.map((summary) => (
              <WorkshopCard key={JSON.stringify(summary.ref)} summary={summary} actions={actions} />
            ))}
          </ul>
          {state.listing.workshops.every((w) => w.readOnly) && (
            <p className="muted">
              <FormattedMessage id="library.empty" />
            </p>
          )}
          <BrokenFileList broken={state.listing.broken} onRestore={actions.restoreBackup} />
        </>
      )}
    </section>
  )
}
