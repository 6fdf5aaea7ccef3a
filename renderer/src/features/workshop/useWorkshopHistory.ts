import { useEffect, useState } from 'react'
import type { WorkshopHistory, WorkshopRef } from '@common/api/contract'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * What the past sessions of a workshop say about its items, read when its page opens; null while
 * it is read, when no session of it has started, or when the sessions cannot be read (the page
 * then says so in its notice line).
 */
export function useWorkshopHistory(ref: WorkshopRef): {
  history: WorkshopHistory | null
  notice: ReturnType<typeof useCallNotice>['notice']
  dismiss: () => void
} {
  const { notice, dismiss, callLatest } = useCallNotice()
  const key = JSON.stringify(ref)
  // The answer is kept with the workshop it is for, so another workshop's never shows here.
  const [answer, setAnswer] = useState<{ key: string; history: WorkshopHistory | null } | null>(
    null,
  )
  useEffect(() => {
    void callLatest(bridge.getWorkshopHistory({ ref }), (history) => setAnswer({ key, history }))
  }, [callLatest, key, ref])
  return { history: answer?.key === key ? answer.history : null, notice, dismiss }
}
