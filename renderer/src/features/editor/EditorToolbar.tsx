import { FormattedMessage } from 'react-intl'
import { SaveStatus } from './SaveStatus'
import type { SaveState } from './useAutosave'

interface EditorToolbarProps {
  title: string
  saveState: SaveState
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
  onDone: () => void
  onRetry: () => void
  onReload: () => void
  onOverwrite: () => void
}

/** The editor's header: leave, what is being edited, undo and redo, and the save state. */
export function EditorToolbar(props: EditorToolbarProps) {
  return (
    <header className="ed-toolbar">
      <button type="button" className="button-quiet" onClick={props.onDone}>
        <FormattedMessage id="editor.toolbar.done" />
      </button>
      <h1 id="ed-title">
        <FormattedMessage
          id="editor.toolbar.editing"
          values={{
            title: props.title,
            kicker: (chunks) => <span className="ed-kicker">{chunks}</span>,
          }}
        />
      </h1>
      <div className="ed-actions">
        <button
          type="button"
          onClick={props.onUndo}
          disabled={!props.canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          <FormattedMessage id="editor.toolbar.undo" />
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        >
          <FormattedMessage id="editor.toolbar.redo" />
        </button>
      </div>
      <SaveStatus
        state={props.saveState}
        onRetry={props.onRetry}
        onReload={props.onReload}
        onOverwrite={props.onOverwrite}
      />
    </header>
  )
}
