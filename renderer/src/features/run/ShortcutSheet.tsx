import { useModalDialog } from '../../components/useModalDialog'
import { shortcutSheet } from '@common/domain/run/shortcuts'

/** The list of keyboard shortcuts, one key (?) away. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog()
  return (
    <dialog
      ref={dialog}
      className="shortcut-sheet"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="muted">
        They work whenever the focus is not in a text box. On a button you reached with Tab, Space
        presses that button; Esc gives Space back to the clock.
      </p>
      <table>
        <tbody>
          {shortcutSheet.map((row) => (
            <tr key={row.keys}>
              <th scope="row">
                <kbd>{row.keys}</kbd>
              </th>
              <td>{row.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button-primary" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  )
}
