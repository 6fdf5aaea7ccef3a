import { succeed } from '@common/api/result'
import type { ApiHandlers } from '@common/api/dispatch'
import type { LanApi } from '@common/lan/lan-api'
import type { LanService } from './lan-service'

/** The console's LAN calls, bound to the service. */
export function lanHandlers(lan: LanService): Pick<ApiHandlers, keyof LanApi> {
  return {
    getLanStatus: async () => succeed(await lan.latest()),
    setLanOpen: ({ open, port }) => lan.setOpen(open, port),
    renewLanLinks: () => lan.renew(),
    checkLanReach: () => lan.checkReach(),
    setParticipantInputs: ({ open }) => lan.setInputsOpen(open),
    moderateInput: ({ id, action }) => lan.moderate(id, action),
    openVote: ({ question, options, mode, dots }) => lan.openVote(question, options, mode, dots),
    closeVote: () => lan.closeVote(),
    showVoteOnRoom: ({ on }) => lan.showTally(on),
    showJoinOnRoom: ({ on }) => lan.showJoin(on),
  }
}
