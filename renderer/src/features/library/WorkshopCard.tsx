import { useState } from 'react'
import type { OpenedWorkshop, WorkshopSummary } from '@common/api/contract'
import { TextPrompt } from '../../components/TextPrompt'
import { bridge } from '../../lib/bridge'
import { describeSize } from '../../lib/format'
import type { RunAction } from './LibraryScreen'

interface WorkshopCardProps {
  summary: WorkshopSummary
  run: RunAction
  onOpened: (opened: OpenedWorkshop) => void
}

/** One workshop in the library, with the actions it allows. */
export function WorkshopCard({ summary, run, onOpened }: WorkshopCardProps) {
  const [mode, setMode] = useState<'idle' | 'renaming' | 'confirmingDelete'>('idle')
  const { ref } = summary
  const headingId = `workshop-${JSON.stringify(ref).replace(/[^a-z0-9]/gi, '')}`

  return (
    <li className="workshop-card" aria-labelledby={headingId}>
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
      </div>
      {mode === 'renaming' ? (
        <TextPrompt
          label="New title"
          initialValue={summary.title}
          submitLabel="Rename"
          onCancel={() => setMode('idle')}
          onSubmit={(title) => {
            setMode('idle')
            run(bridge.renameWorkshop({ ref, title }))
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
              run(bridge.deleteWorkshop({ ref }))
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
          <button
            type="button"
            className="button-primary"
            onClick={() => run(bridge.openWorkshop({ ref }), onOpened)}
          >
            Open
          </button>
          <button type="button" onClick={() => run(bridge.duplicateWorkshop({ ref }))}>
            {summary.readOnly ? 'Duplicate to edit' : 'Duplicate'}
          </button>
          {!summary.readOnly && (
            <>
              <button type="button" onClick={() => setMode('renaming')}>
                Rename
              </button>
              <button type="button" onClick={() => run(bridge.exportWorkshop({ ref }))}>
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
