import { useState } from 'react'
import type { HandoutOptions, WorkshopRef } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/** Saves a workshop's handout as a PDF; says where it went, or why it did not, in the panel. */
export function useHandoutExport(ref: WorkshopRef): {
  busy: boolean
  notice: NoticeMessage | null
  dismiss: () => void
  save: (options: HandoutOptions, openAfter: boolean) => void
} {
  const { notice, dismiss, tell, call } = useCallNotice()
  const [busy, setBusy] = useState(false)
  const save = (options: HandoutOptions, openAfter: boolean) => {
    setBusy(true)
    // The last file's line goes: a closed save dialog then leaves the panel saying nothing.
    dismiss()
    void call(bridge.exportHandout({ ref, options, openAfter }), (saved) =>
      tell(`Saved ${saved.path}`),
    ).finally(() => setBusy(false))
  }
  return { busy, notice, dismiss, save }
}
