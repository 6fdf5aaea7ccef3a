import type { IntlShape } from 'react-intl'
import { FormattedMessage, useIntl } from 'react-intl'
import type { SaveState } from './useAutosave'

interface SaveStatusProps {
  state: SaveState
  onRetry: () => void
  onReload: () => void
  onOverwrite: () => void
}

function describe(intl: IntlShape, state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return intl.formatMessage({ id: 'editor.save.saved' })
    case 'pending':
      return intl.formatMessage({ id: 'editor.save.pending' })
    case 'saving':
      return intl.formatMessage({ id: 'editor.save.saving' })
    case 'invalid':
      return intl.formatMessage({ id: 'editor.save.invalid' }, { count: state.count })
    case 'error':
      return intl.formatMessage({ id: 'editor.save.error' }, { message: state.message })
    case 'conflict':
      return intl.formatMessage({ id: 'editor.save.conflict' })
  }
}

/** Whether the edits are on disk, and what to do when they cannot be. */
export function SaveStatus({ state, onRetry, onReload, onOverwrite }: SaveStatusProps) {
  const intl = useIntl()
  const problem = state.kind === 'invalid' || state.kind === 'error' || state.kind === 'conflict'
  return (
    <div className={`ed-save${problem ? ' is-problem' : ''}`}>
      <span role="status" data-testid="save-status">
        {describe(intl, state)}
      </span>
      {state.kind === 'error' && (
        <button type="button" onClick={onRetry}>
          <FormattedMessage id="editor.save.retry" />
        </button>
      )}
      {state.kind === 'conflict' && (
        <>
          <button type="button" onClick={onReload}>
            <FormattedMessage id="editor.save.reload" />
          </button>
          <button type="button" className="button-danger" onClick={onOverwrite}>
            <FormattedMessage id="editor.save.overwrite" />
          </button>
        </>
      )}
    </div>
  )
}
