import { useEffect, useState } from 'react'
import type { SessionDetails } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * Place, facilitator and head count of the running session: as recorded when the form opens, and
 * kept in the record on request. Failures go to the form's notice.
 */
export function useSessionDetails(): {
  recorded: SessionDetails | null
  notice: NoticeMessage | null
  dismiss: () => void
  /** Resolves true once the record holds them. */
  keep: (details: SessionDetails) => Promise<boolean>
} {
  const { notice, dismiss, call } = useCallNotice()
  const [recorded, setRecorded] = useState<SessionDetails | null>(null)
  useEffect(() => {
    void call(bridge.getLiveNotes({}), (live) => setRecorded(live.details))
  }, [call])
  const keep = (details: SessionDetails) => call(bridge.setSessionDetails(details))
  return { recorded, notice, dismiss, keep }
}
