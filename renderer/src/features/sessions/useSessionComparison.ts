import { useEffect, useState } from 'react'
import type { SessionComparison } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * A session beside the earlier sessions of its workshop, read when its debrief opens; null while
 * it is read, and when there is nothing earlier to compare with.
 */
export function useSessionComparison(fileName: string): {
  comparison: SessionComparison | null
  notice: NoticeMessage | null
  dismiss: () => void
} {
  const { notice, dismiss, callLatest } = useCallNotice()
  // The answer is kept with the session it is for, so another session's never shows here.
  const [answer, setAnswer] = useState<{
    fileName: string
    comparison: SessionComparison | null
  } | null>(null)
  useEffect(() => {
    void callLatest(bridge.compareSession({ fileName }), (comparison) =>
      setAnswer({ fileName, comparison }),
    )
  }, [callLatest, fileName])
  return {
    comparison: answer?.fileName === fileName ? answer.comparison : null,
    notice,
    dismiss,
  }
}
