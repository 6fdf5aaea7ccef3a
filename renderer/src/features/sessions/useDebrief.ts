import { useCallback, useEffect, useState } from 'react'
import { useIntl } from 'react-intl'
import type { Note, NoteTag, Session } from '@common/api/contract'
import { defaultPaperForLocale } from '@common/handouts/paper'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/** The debrief as PDF or Markdown, or its run report (planned against actual) as a sheet. */
export type DebriefFormat = 'pdf' | 'markdown' | 'csv' | 'xlsx'

export interface Debrief {
  /** The session record; null until it is read (or when it could not be: see `notice`). */
  session: Session | null
  notice: NoticeMessage | null
  dismiss: () => void
  saveNote: (note: Note, text: string, tag: NoteTag | null) => void
  removeNote: (note: Note) => void
  /** Removes the participants' names from the record (they are personal data). */
  clearRoster: () => void
  /** The export being written, so its button can say so and the others wait. */
  exporting: DebriefFormat | null
  exportAs: (format: DebriefFormat) => void
}

/**
 * One session's debrief: its record, read again after each change to it, and its exports. Only
 * the latest reading is shown, so an edit answered late never puts back an older record.
 */
export function useDebrief(fileName: string): Debrief {
  const intl = useIntl()
  const { notice, dismiss, tell, call, callLatest } = useCallNotice()
  const [session, setSession] = useState<Session | null>(null)
  const [exporting, setExporting] = useState<DebriefFormat | null>(null)

  const load = useCallback(() => {
    void callLatest(bridge.openSession({ fileName }), setSession)
  }, [callLatest, fileName])
  useEffect(load, [load])

  const saveNote = useCallback(
    (note: Note, text: string, tag: NoteTag | null) => {
      void call(bridge.updateNote({ sessionFile: fileName, noteId: note.id, text, tag }), load)
    },
    [call, fileName, load],
  )
  const removeNote = useCallback(
    (note: Note) => {
      void call(bridge.deleteNote({ sessionFile: fileName, noteId: note.id }), load)
    },
    [call, fileName, load],
  )
  const clearRoster = () => void call(bridge.clearRoster({ fileName }), load)
  const exportAs = (format: DebriefFormat) => {
    setExporting(format)
    const paper = defaultPaperForLocale(navigator.language)
    const request =
      format === 'csv' || format === 'xlsx'
        ? bridge.exportRunReport({ fileName, format })
        : bridge.exportDebrief({ fileName, format, paper, openAfter: true })
    void call(request, (saved) =>
      tell(intl.formatMessage({ id: 'sessions.export.saved' }, { path: saved.path })),
    ).finally(() => setExporting(null))
  }
  return { session, notice, dismiss, saveNote, removeNote, clearRoster, exporting, exportAs }
}
