import { useState } from 'react'
import type { RosterChange, RosterView } from '@common/domain/grouping/session-roster'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'
import { useKeptCurrent } from '../../lib/useKeptCurrent'

/** A printout of the groups, as the panel's buttons name it. */
export interface GroupsPrint {
  kind: 'rotation' | 'cards' | 'namedPacks'
  label: string
}

type ArrangeArgument = Parameters<typeof bridge.arrangeGroups>[0]

export interface Roster {
  view: RosterView | null
  /** The last call's failure, for the panel's notice. */
  notice: NoticeMessage | null
  /** Where the last printout went, said beside the print buttons. */
  printed: string | null
  dismiss: () => void
  /** Each resolves true when it was done, so a form can clear what was typed. */
  arrange: (argument: ArrangeArgument) => Promise<boolean>
  change: (change: RosterChange) => Promise<boolean>
  showGroups: (exerciseId: string | null) => void
  clear: () => void
  print: (print: GroupsPrint, paper: 'a4' | 'letter', largePrint?: boolean) => void
}

/**
 * The running session's roster and what the room shows of it, kept current in this window by
 * `rosterChanged`, and the calls that change or print it.
 */
export function useRoster(): Roster {
  const { notice, dismiss, call } = useCallNotice()
  const [view] = useKeptCurrent('rosterChanged', () => bridge.getRoster({}), call)
  const [printed, setPrinted] = useState<string | null>(null)
  return {
    view,
    notice,
    printed,
    dismiss,
    arrange: (argument) => call(bridge.arrangeGroups(argument)),
    change: (change) => call(bridge.changeRoster({ change })),
    showGroups: (exerciseId) => void call(bridge.showGroups({ exerciseId })),
    clear: () => void call(bridge.clearRoster({ fileName: null })),
    print: ({ kind, label }, paper, largePrint = false) => {
      setPrinted(null)
      void call(bridge.exportGroups({ kind, paper, largePrint, openAfter: true }), (saved) =>
        setPrinted(`${label} saved to ${saved.path}`),
      )
    },
  }
}
