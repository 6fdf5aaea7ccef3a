import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { WorkshopSummary } from '@common/api/contract'
import { TextPrompt } from '../../components/TextPrompt'
import { formatMinutes } from '../../lib/human-minutes'
import type { LibraryActions } from './useLibraryActions'

interface WorkshopCardProps {
  summary: WorkshopSummary
  actions: LibraryActions
}

/** One workshop in the library, with the actions it allows. */
export function WorkshopCard({ summary, actions }: WorkshopCardProps) {
  const intl = useIntl()
  const [mode, setMode] = useState<'idle' | 'renaming' | 'confirmingDelete'>('idle')
  const { ref } = summary
  const headingId = `workshop-${JSON.stringify(ref).replace(/[^a-z0-9]/gi, '')}`

  return (
    // A copy keeps its original's title, so its name includes the line that says it is a copy.
    <li
      className="workshop-card"
      aria-labelledby={summary.copyOf === null ? headingId : `${headingId} ${headingId}-copy`}
    >
      <div className="workshop-card-text">
        <h2 id={headingId}>{summary.title}</h2>
        <p className="muted">
          <FormattedMessage
            id="library.size"
            values={{
              count: summary.exerciseCount,
              duration: formatMinutes(summary.totalMinutes),
            }}
          />
          {summary.readOnly && (
            <span className="badge" title={intl.formatMessage({ id: 'library.card.builtInHint' })}>
              <FormattedMessage id="library.card.builtIn" />
            </span>
          )}
        </p>
        {summary.copyOf !== null && (
          <p className="muted copy-line" id={`${headingId}-copy`}>
            <FormattedMessage
              id="library.card.copyOf"
              values={{
                title: summary.copyOf,
                badge: (chunks) => <span className="badge badge-copy">{chunks}</span>,
              }}
            />
            {ref.source === 'library' && (
              <>
                {' '}
                · <span className="path">{ref.fileName}</span>
              </>
            )}
          </p>
        )}
      </div>
      {mode === 'renaming' ? (
        <TextPrompt
          label={intl.formatMessage({ id: 'library.card.newTitle' })}
          initialValue={summary.title}
          submitLabel={intl.formatMessage({ id: 'library.card.rename' })}
          onCancel={() => setMode('idle')}
          onSubmit={(title) => {
            setMode('idle')
            actions.rename(ref, title)
          }}
        />
      ) : mode === 'confirmingDelete' ? (
        <div
          className="confirm"
          role="group"
          aria-label={intl.formatMessage(
            { id: 'library.card.deleteGroup' },
            { title: summary.title },
          )}
        >
          <span>
            <FormattedMessage id="library.card.deleteQuestion" values={{ title: summary.title }} />
          </span>
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              setMode('idle')
              actions.remove(ref)
            }}
          >
            <FormattedMessage id="library.card.moveToTrash" />
          </button>
          <button type="button" className="button-quiet" onClick={() => setMode('idle')}>
            <FormattedMessage id="library.card.keep" />
          </button>
        </div>
      ) : (
        <div
          className="toolbar"
          role="group"
          aria-label={intl.formatMessage({ id: 'library.card.actions' }, { title: summary.title })}
        >
          <button type="button" className="button-primary" onClick={() => actions.open(ref)}>
            <FormattedMessage id="library.card.open" />
          </button>
          <button type="button" onClick={() => actions.duplicate(ref)}>
            <FormattedMessage
              id={summary.readOnly ? 'library.card.duplicateToEdit' : 'library.card.duplicate'}
            />
          </button>
          {!summary.readOnly && (
            <>
              <button type="button" onClick={() => setMode('renaming')}>
                <FormattedMessage id="library.card.rename" />
              </button>
              <button type="button" onClick={() => actions.exportFile(ref)}>
                <FormattedMessage id="library.card.export" />
              </button>
              <button
                type="button"
                className="button-quiet"
                onClick={() => setMode('confirmingDelete')}
              >
                <FormattedMessage id="library.card.delete" />
              </button>
            </>
          )}
        </div>
      )}
    </li>
  )
}
