import { FormattedMessage } from 'react-intl'
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
      <h2 id="shortcuts-title">
        <FormattedMessage id="console.shortcuts.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="console.shortcuts.intro" />
      </p>
      <table>
        <tbody>
          {shortcutSheet.map((row) => (
            <tr key={row.keys}>
              <th scope="row">
                <kbd>
                  <FormattedMessage id={row.keys} />
                </kbd>
              </th>
              <td>
                <FormattedMessage id={row.does} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button-primary" onClick={onClose} autoFocus>
        <FormattedMessage id="common.close" />
      </button>
    </dialog>
  )
}
