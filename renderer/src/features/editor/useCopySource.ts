import { useEffect, useState } from 'react'
import type { WorkshopRef, WorkshopSummary } from '@common/api/contract'
import type { AgendaItem } from '@common/domain/workshop/schema'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * The workshops an item can be copied from, and the items of the one chosen. Choosing another
 * workshop before the first is read shows the second one's items only.
 */
export function useCopySource(): {
  workshops: WorkshopSummary[]
  items: AgendaItem[]
  notice: NoticeMessage | null
  dismiss: () => void
  choose: (ref: WorkshopRef | null) => void
} {
  const { notice, dismiss, call, callLatest } = useCallNotice()
  const [workshops, setWorkshops] = useState<WorkshopSummary[]>([])
  const [items, setItems] = useState<AgendaItem[]>([])
  useEffect(() => {
    void call(bridge.listLibrary({}), (listing) => setWorkshops(listing.workshops))
  }, [call])
  const choose = (ref: WorkshopRef | null) => {
    setItems([])
    // Asking for nothing still counts as the latest choice, so an earlier answer is dropped.
    const request =
      ref === null
        ? Promise.resolve({ ok: true as const, value: null })
        : bridge.openWorkshop({ ref })
    void callLatest(request, (opened) => setItems(opened?.workshop.exercises ?? []))
  }
  return { workshops, items, notice, dismiss, choose }
}
