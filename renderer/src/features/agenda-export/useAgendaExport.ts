import { useState } from 'react'
import { useIntl } from 'react-intl'
import type { AgendaFormat, WorkshopRef } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/** When and where a calendar export is set. */
export interface CalendarFields {
  date: string
  start: string
  place: string
}

/** Saves a workshop's agenda in a format; says where it went, or why not, in the panel. */
export function useAgendaExport(ref: WorkshopRef): {
  busy: boolean
  notice: NoticeMessage | null
  dismiss: () => void
  save: (format: AgendaFormat, calendar: CalendarFields) => void
} {
  const intl = useIntl()
  const { notice, dismiss, tell, call } = useCallNotice()
  const [busy, setBusy] = useState(false)
  const save = (format: AgendaFormat, calendar: CalendarFields) => {
    setBusy(true)
    dismiss()
    const filled = (text: string) => (text.trim() === '' ? null : text.trim())
    void call(
      bridge.exportAgenda({
        ref,
        format,
        date: filled(calendar.date),
        start: filled(calendar.start),
        place: calendar.place.trim(),
      }),
      (saved) => tell(intl.formatMessage({ id: 'agendaExport.saved' }, { path: saved.path })),
    ).finally(() => setBusy(false))
  }
  return { busy, notice, dismiss, save }
}
