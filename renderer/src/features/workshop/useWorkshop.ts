import { useEffect, useState } from 'react'
import type { OpenedWorkshop } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

export interface WorkshopPage {
  notice: NoticeMessage | null
  dismiss: () => void
  /** The file was changed or removed outside the app since it was opened. */
  changedOnDisk: boolean
  /** The room display shows this workshop's title (only ever because it was asked here). */
  titleOnRoom: boolean
  reopen: () => void
  startRun: () => void
  showTitle: (show: boolean) => void
  duplicate: () => void
}

/**
 * One opened workshop's page: whether its file changed on disk, whether the room shows its title,
 * and what can be done with it. Reading it again or duplicating it hands on only the latest
 * workshop asked for, so a slow answer never replaces the one the facilitator chose last.
 */
export function useWorkshop(
  opened: OpenedWorkshop,
  onOpened: (opened: OpenedWorkshop) => void,
): WorkshopPage {
  const { ref, revision } = opened
  const { notice, dismiss, call, callLatest } = useCallNotice()
  const [changedOnDisk, setChangedOnDisk] = useState(false)
  const [titleOnRoom, setTitleOnRoom] = useState(false)

  useEffect(() => {
    if (ref.source !== 'library') return undefined
    return bridge.on('libraryChanged', (listing) => {
      const current = listing.workshops.find(
        (w) => w.ref.source === 'library' && w.ref.fileName === ref.fileName,
      )
      setChangedOnDisk(current === undefined || current.revision !== revision)
    })
  }, [ref, revision])

  return {
    notice,
    dismiss,
    changedOnDisk,
    titleOnRoom,
    reopen: () =>
      void callLatest(bridge.openWorkshop({ ref }), (reread) => {
        setChangedOnDisk(false)
        onOpened(reread)
      }),
    startRun: () => void call(bridge.startRun({ ref, replace: false })),
    // The projector shows a workshop only when asked: opening one here leaves the room as it was.
    showTitle: (show) =>
      void call(bridge.showOnRoom({ ref: show ? ref : null }), () => setTitleOnRoom(show)),
    duplicate: () => void callLatest(bridge.duplicateWorkshop({ ref }), onOpened),
  }
}
