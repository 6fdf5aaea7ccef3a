import { useMemo } from 'react'
import { useIntl } from 'react-intl'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { describeNoAnswer, useCallNotice } from '../../lib/useCallNotice'

/**
 * The session's calls other than clock commands (those go through `useRun`): leaving it, going
 * on to its debrief, answering the restore question, the room's full screen. Each place that
 * uses them shows their failures in its own notice.
 */
export function useRunActions(): {
  notice: NoticeMessage | null
  dismiss: () => void
  leave: () => void
  toggleRoomFullscreen: () => void
  resolveRestore: (resume: boolean) => void
  openDebrief: (onDebrief: (fileName: string) => void) => void
} {
  const intl = useIntl()
  const { notice, dismiss, warn, call } = useCallNotice()
  // Kept the same between renders: the console's shortcuts subscribe with them.
  const actions = useMemo(
    () => ({
      leave: () => void call(bridge.closeRun({})),
      toggleRoomFullscreen: () => void call(bridge.toggleRoomFullscreen({})),
      resolveRestore: (resume: boolean) => void call(bridge.resolveRestore({ resume })),
      // The record is read before the session is closed: closing forgets which file it was.
      openDebrief: (onDebrief: (fileName: string) => void) =>
        void call(bridge.getLiveNotes({}), (live) => {
          const { fileName } = live
          if (fileName === null) {
            warn(intl.formatMessage({ id: 'console.ended.noRecord' }))
            return
          }
          // Closing takes this panel off the screen, often before the answer arrives: the way on
          // to the debrief belongs to the console, so it is taken whatever became of the panel.
          bridge.closeRun({}).then(
            (closed) => (closed.ok ? onDebrief(fileName) : warn(closed.message)),
            (error: unknown) => warn(describeNoAnswer(intl, error)),
          )
        }),
    }),
    [call, warn, intl],
  )
  return { notice, dismiss, ...actions }
}
