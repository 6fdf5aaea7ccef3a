import { useState } from 'react'
import type { Result } from '@common/api/result'
import type { LanApi } from '@common/lan/lan-api'
import type { LanReach, LanStatus } from '@common/lan/lan-status'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'
import { useKeptCurrent } from '../../lib/useKeptCurrent'

export interface Lan {
  status: LanStatus | null
  /** The last call's failure, for the panel's notice. */
  notice: NoticeMessage | null
  dismiss: () => void
  /** What the last reach check found, address by address; cleared when the switch moves. */
  reach: LanReach[] | null
  setOpen: (open: boolean, port: number) => void
  renewLinks: () => void
  checkReach: () => void
  takeInputs: (open: boolean) => void
  moderate: (argument: Parameters<LanApi['moderateInput']>[0]) => void
  openVote: (argument: Parameters<LanApi['openVote']>[0]) => void
  closeVote: () => void
  showVoteOnRoom: (on: boolean) => void
  showJoinOnRoom: (on: boolean) => void
}

/**
 * Whether the session is open to the room's network, kept current by the `lanChanged` event, and
 * the calls that change it. A call answers with the status, so the console shows it at once.
 */
export function useLanStatus(): Lan {
  const { notice, dismiss, call } = useCallNotice()
  const [status, setStatus] = useKeptCurrent('lanChanged', () => bridge.getLanStatus({}), call)
  const [reach, setReach] = useState<LanReach[] | null>(null)
  const apply = (request: Promise<Result<LanStatus>>) => void call(request, setStatus)
  return {
    status,
    notice,
    dismiss,
    reach,
    setOpen: (open, port) => {
      setReach(null)
      apply(bridge.setLanOpen({ open, port }))
    },
    renewLinks: () => apply(bridge.renewLanLinks({})),
    checkReach: () => {
      setReach(null)
      void call(bridge.checkLanReach({}), setReach)
    },
    takeInputs: (open) => apply(bridge.setParticipantInputs({ open })),
    moderate: (argument) => apply(bridge.moderateInput(argument)),
    openVote: (argument) => apply(bridge.openVote(argument)),
    closeVote: () => apply(bridge.closeVote({})),
    showVoteOnRoom: (on) => apply(bridge.showVoteOnRoom({ on })),
    showJoinOnRoom: (on) => apply(bridge.showJoinOnRoom({ on })),
  }
}
