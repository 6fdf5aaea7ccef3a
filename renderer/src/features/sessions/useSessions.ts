import { useCallback, useEffect, useState } from 'react'
import type { SessionListing } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * The sessions list, read again after a deletion; only the latest reading is shown. Failures to
 * read or delete go to the screen's notice.
 */
export function useSessions(): {
  listing: SessionListing | null
  notice: NoticeMessage | null
  dismiss: () => void
  remove: (fileName: string) => void
} {
  const { notice, dismiss, call, callLatest } = useCallNotice()
  const [listing, setListing] = useState<SessionListing | null>(null)
  const reload = useCallback(() => {
    void callLatest(bridge.listSessions({}), setListing)
  }, [callLatest])
  useEffect(reload, [reload])
  const remove = (fileName: string) => {
    void call(bridge.deleteSession({ fileName }), reload)
  }
  return { listing, notice, dismiss, remove }
}
