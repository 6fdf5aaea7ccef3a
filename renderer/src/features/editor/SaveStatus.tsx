import type { SaveState } from './useAutosave'

interface SaveStatusProps {
  state: SaveState
  onRetry: () => void
  onReload: () => void
  onOverwrite: () => void
}

function describe(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved'
    case 'pending':
      return 'Unsaved changes…'
    case 'saving':
      return 'Saving…'
    case 'invalid':
      return `Not saved: fix ${String(state.count)} ${state.count === 1 ? 'problem' : 'problems'}`
    case 'error':
      return `Not saved: ${state.message}`
    case 'conflict':
      return 'Not saved: the file was changed outside the editor'
  }
}

/** Whether the edits are on disk, and what to do when they cannot be. */
export function SaveStatus({ state, onRetry, onReload, onOverwrite }: SaveStatusProps) {
  const problem = state.kind === 'invalid' || state.kind === 'error' || state.kind === 'conflict'
  return (
    <div className={`ed-save${problem ? ' is-problem' : ''}`}>
      <span role="status" data-testid="save-status">
        {describe(state)}
      </span>
      {state.kind === 'error' && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {state.kind === 'conflict' && (
        <>
          <button type="button" onClick={onReload}>
            Load the version on disk
          </button>
          <button type="button" className="button-danger" onClick={onOverwrite}>
            Keep mine (overwrite)
          </button>
        </>
      )}
    </div>
  )
}
