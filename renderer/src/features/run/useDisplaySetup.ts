import type { DisplaySetup } from '@common/api/contract'
import type { Result } from '@common/api/result'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'
import { useKeptCurrent } from '../../lib/useKeptCurrent'

/**
 * The attached displays and where the room display is, kept current, and the calls that change
 * them. A call answers with the setup, so the console shows it without waiting for the event.
 */
export function useDisplaySetup(): {
  setup: DisplaySetup | null
  notice: NoticeMessage | null
  dismiss: () => void
  showRoomWindow: () => void
  setRoomDisplay: (displayId: number | null) => void
  identifyDisplays: () => void
  setRehearsal: (on: boolean) => void
} {
  const { notice, dismiss, call } = useCallNotice()
  const [setup, setSetup] = useKeptCurrent('displaysChanged', () => bridge.listDisplays({}), call)
  const apply = (request: Promise<Result<DisplaySetup>>) => void call(request, setSetup)
  return {
    setup,
    notice,
    dismiss,
    showRoomWindow: () => apply(bridge.showRoomWindow({})),
    setRoomDisplay: (displayId) => apply(bridge.setRoomDisplay({ displayId })),
    identifyDisplays: () => void call(bridge.identifyDisplays({})),
    setRehearsal: (on) => apply(bridge.setRehearsal({ on })),
  }
}

/** The width-to-height ratio of the screen the room is shown on; 16:9 when it is a window. */
export function roomAspectRatio(setup: DisplaySetup | null): number {
  const display = setup?.displays.find((d) => d.id === setup.roomDisplayId)
  if (display === undefined || display.bounds.height <= 0) return 16 / 9
  return display.bounds.width / display.bounds.height
}
