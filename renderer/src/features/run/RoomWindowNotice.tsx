import { FormattedMessage } from 'react-intl'
import { Notice } from '../../components/Notice'
import { useDisplaySetup } from './useDisplaySetup'

/**
 * Above every panel: a room display closed by accident must be seen at once, whichever side
 * panel is open, and opened again in one click.
 */
export function RoomWindowNotice() {
  const displays = useDisplaySetup()
  return (
    <>
      {displays.setup?.roomWindowOpen === false && (
        <p className="notice" role="status">
          <FormattedMessage id="console.roomWindow.closed" />{' '}
          <button type="button" onClick={displays.showRoomWindow}>
            <FormattedMessage id="console.roomWindow.open" />
          </button>
        </p>
      )}
      <Notice message={displays.notice} onDismiss={displays.dismiss} />
    </>
  )
}
