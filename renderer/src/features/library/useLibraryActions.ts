import { useState } from 'react'
import { useIntl, type IntlShape } from 'react-intl'
import type {
  AgendaSheet,
  ExportedWorkshop,
  ImportedFile,
  OpenedWorkshop,
  WorkshopRef,
} from '@common/api/contract'
import type { NoticeMessage } from '../../components/Notice'
import { bridge } from '../../lib/bridge'
import { readFileAsBase64 } from '../../lib/file-base64'
import { useCallNotice } from '../../lib/useCallNotice'

/** What an export says when it is written: where, and what happened to the pictures. */
export function describeExport(intl: IntlShape, exported: ExportedWorkshop): string {
  const { path, pictures, missingPictures } = exported
  return intl.formatMessage(
    { id: 'library.exported' },
    { path, pictures, missing: missingPictures },
  )
}

export interface LibraryActions {
  /** The library's one message line: the last action's failure, or where an export went. */
  notice: NoticeMessage | null
  dismiss: () => void
  create: (title: string) => void
  importFile: () => void
  /** Imports a file dropped on the library, as Import does with a chosen one. */
  dropFile: (file: File) => void
  /** A spreadsheet or CSV file being mapped to a workshop, or null; `serial` tells each apart. */
  sheet: (AgendaSheet & { serial: number }) | null
  closeSheet: () => void
  chooseFolder: () => void
  open: (ref: WorkshopRef) => void
  duplicate: (ref: WorkshopRef) => void
  rename: (ref: WorkshopRef, title: string) => void
  remove: (ref: WorkshopRef) => void
  exportFile: (ref: WorkshopRef) => void
  restoreBackup: (fileName: string) => void
}

/**
 * What can be done from the library. The listing follows by its `libraryChanged` event; the
 * actions that lead to a workshop's page hand on only the latest one asked for.
 */
export function useLibraryActions(onOpened: (opened: OpenedWorkshop) => void): LibraryActions {
  const intl = useIntl()
  const { notice, dismiss, tell, warn, call, callLatest } = useCallNotice()
  const [sheet, setSheet] = useState<(AgendaSheet & { serial: number }) | null>(null)
  const imported = (file: ImportedFile) => {
    if (file.kind === 'workshop') onOpened(file.opened)
    // A new serial starts the mapping step afresh, even for the same file chosen again.
    else setSheet((current) => ({ ...file.sheet, serial: (current?.serial ?? 0) + 1 }))
  }
  return {
    notice,
    dismiss,
    sheet,
    closeSheet: () => setSheet(null),
    create: (title) => void callLatest(bridge.createWorkshop({ title }), onOpened),
    importFile: () => void callLatest(bridge.importWorkshop({}), imported),
    dropFile: (file) =>
      void readFileAsBase64(file).then(
        (base64) => callLatest(bridge.importDroppedFile({ fileName: file.name, base64 }), imported),
        (error: unknown) => {
          warn(
            intl.formatMessage(
              { id: 'library.dropUnreadable' },
              {
                fileName: file.name,
                reason: error instanceof Error ? error.message : String(error),
              },
            ),
          )
        },
      ),
    chooseFolder: () => void call(bridge.chooseLibraryFolder({})),
    open: (ref) => void callLatest(bridge.openWorkshop({ ref }), onOpened),
    duplicate: (ref) => void call(bridge.duplicateWorkshop({ ref })),
    rename: (ref, title) => void call(bridge.renameWorkshop({ ref, title })),
    remove: (ref) => void call(bridge.deleteWorkshop({ ref })),
    exportFile: (ref) =>
      void call(bridge.exportWorkshop({ ref }), (exported) => tell(describeExport(intl, exported))),
    restoreBackup: (fileName) => void call(bridge.restoreBackup({ fileName })),
  }
}
