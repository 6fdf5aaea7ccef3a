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
      <h2 id="end-title">End the session?</h2>
      <p id="end-text">
        The clock stops and the room shows the closing screen. You can resume the session until you
        leave it.
      </p>
      <div className="toolbar">
        {/* The safe choice has the focus, so a stray Enter or Space keeps the session going. */}
        <button type="button" className="button-primary" onClick={onCancel} autoFocus>
          Keep going
        </button>
        <button type="button" className="button-danger" onClick={onEnd}>
          End session
        </button>
      </div>
    </dialog>
  )
}
