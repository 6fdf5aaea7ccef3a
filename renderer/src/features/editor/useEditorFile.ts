import type { OpenedWorkshop, WorkshopRef } from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { useCallNotice } from '../../lib/useCallNotice'

/**
 * The edited workshop's file: read again (when it changed on disk) and renamed (a new title names
 * the file too, as renaming in the library does). Failures go to the editor's notice; a reload
 * answered after another reload was asked is dropped.
 */
export function useEditorFile(ref: WorkshopRef): {
  notice: NoticeMessage | null
  dismiss: () => void
  warn: (text: string) => void
  reload: (read: (opened: OpenedWorkshop) => void) => void
  rename: (title: string, renamed: (opened: OpenedWorkshop) => void) => Promise<boolean>
} {
  const { notice, dismiss, warn, call, callLatest } = useCallNotice()
  return {
    notice,
    dismiss,
    warn,
    reload: (read) => void callLatest(bridge.openWorkshop({ ref }), read),
    rename: (title, renamed) => call(bridge.renameWorkshop({ ref, title }), renamed),
  }
}
