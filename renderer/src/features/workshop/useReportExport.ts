import { useState } from 'react'
import { useIntl } from 'react-intl'
import type { WorkshopRef } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/** Saves the report across a workshop's sessions as CSV or xlsx, wherever the facilitator says. */
export function useReportExport(ref: WorkshopRef): {
  notice: NoticeMessage | null
  dismiss: () => void
  /** The format being written, so its button can say so and the other waits. */
  saving: 'csv' | 'xlsx' | null
  save: (format: 'csv' | 'xlsx') => void
} {
  const intl = useIntl()
  const { notice, dismiss, tell, call } = useCallNotice()
  const [saving, setSaving] = useState<'csv' | 'xlsx' | null>(null)
  const save = (format: 'csv' | 'xlsx') => {
    setSaving(format)
    void call(bridge.exportWorkshopReport({ ref, format }), (saved) =>
      tell(intl.formatMessage({ id: 'workshop.report.saved' }, { path: saved.path })),
    ).finally(() => setSaving(null))
  }
  return { notice, dismiss, saving, save }
}
