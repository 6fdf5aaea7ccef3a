import { FormattedMessage } from 'react-intl'
import { useModalDialog } from '../../components/useModalDialog'

/**
 * Asks before ending: ending puts the closing screen on the projector at once, which no undo can
 * take back from the room's eyes. An ended session can still be resumed until it is left.
 */
export function EndSessionDialog({ onEnd, onCancel }: { onEnd: () => void; onCancel: () => void }) {
  const dialog = useModalDialog()
  return (
    <dialog
      ref={dialog}
      className="end-dialog"
      aria-labelledby="end-title"
      aria-describedby="end-text"
      onClose={onCancel}
    >
      <h2 id="end-title">
        <FormattedMessage id="console.endDialog.title" />
      </h2>
      <p id="end-text">
        <FormattedMessage id="console.endDialog.text" />
      </p>
      <div className="toolbar">
        {/* The safe choice has the focus, so a stray Enter or Space keeps the session going. */}
        <button type="button" className="button-primary" onClick={onCancel} autoFocus>
          <FormattedMessage id="console.endDialog.keepGoing" />
        </button>
        <button type="button" className="button-danger" onClick={onEnd}>
          <FormattedMessage id="console.endDialog.end" />
        </button>
      </div>
    </dialog>
  )
}
