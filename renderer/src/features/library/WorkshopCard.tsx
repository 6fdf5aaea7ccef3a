import { useState } from 'react'
import type { WorkshopSummary } from '@common/api/contract'
import { TextPrompt } from '../../components/TextPrompt'
import { describeSize } from '../../lib/format'
import type { LibraryActions } from './useLibraryActions'

interface WorkshopCardProps {
  summary: WorkshopSummary
  actions: LibraryActions
}

/** One workshop in the library, with the actions it allows. */
export function WorkshopCard({ summary, actions }: WorkshopCardProps) {
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
          {describeSize(summary.exerciseCount, summary.totalMinutes)}
          {summary.readOnly && (
            <span className="badge" title="Built into the app; duplicate it to make changes">
              Built-in · read-only
            </span>
          )}
        </p>
        {summary.copyOf !== null && (
          <p className="muted copy-line" id={`${headingId}-copy`}>
            <span className="badge badge-copy">Copy</span> of “{summary.copyOf}”
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
          label="New title"
          initialValue={summary.title}
          submitLabel="Rename"
          onCancel={() => setMode('idle')}
          onSubmit={(title) => {
            setMode('idle')
            actions.rename(ref, title)
          }}
        />
      ) : mode === 'confirmingDelete' ? (
        <div className="confirm" role="group" aria-label={`Delete ${summary.title}?`}>
          <span>Move “{summary.title}” to the trash?</span>
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              setMode('idle')
              actions.remove(ref)
            }}
          >
            Move to trash
          </button>
          <button type="button" className="button-quiet" onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="toolbar" role="group" aria-label={`Actions for ${summary.title}`}>
          <button type="button" className="button-primary" onClick={() => actions.open(ref)}>
            Open
          </button>
          <button type="button" onClick={() => actions.duplicate(ref)}>
            {summary.readOnly ? 'Duplicate to edit' : 'Duplicate'}
          </button>
          {!summary.readOnly && (
            <>
              <button type="button" onClick={() => setMode('renaming')}>
                Rename
              </button>
              <button type="button" onClick={() => actions.exportFile(ref)}>
                Export…
              </button>
              <button
                type="button"
                className="button-quiet"
                onClick={() => setMode('confirmingDelete')}
              >
                Delete
              </button>
            </>
          )}
        </div>
      )}
    </li>
  )
}
