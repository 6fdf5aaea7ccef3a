import { useMemo, useState } from 'react'
import type { AgendaSheet, OpenedWorkshop } from '@common/api/contract'
import { sheetToWorkshop, type SheetImport } from '@common/domain/workshop/sheet/sheet-import'
import {
  guessMapping,
  type SheetField,
  type SheetMapping,
} from '@common/domain/workshop/sheet/sheet-mapping'
import { splitHeader, type SheetTable } from '@common/domain/workshop/sheet/sheet-table'
import { bridge } from '../../lib/bridge'
import type { NoticeMessage } from '../../components/Notice'
import { useCallNotice } from '../../lib/useCallNotice'

/** The mapping step of one sheet: its columns, the chosen mapping and what it would make. */
export interface SheetImportStep {
  sheet: AgendaSheet
  table: SheetTable
  mapping: SheetMapping
  title: string
  preview: SheetImport
  /** Why adding the workshop failed, if it did. */
  notice: NoticeMessage | null
  dismiss: () => void
  setColumn: (field: SheetField, column: number | null) => void
  setTitle: (title: string) => void
  confirm: () => void
  cancel: () => void
}

function titleFromFileName(fileName: string): string {
  const words = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The mapping step of one sheet chosen or dropped for import: the mapping starts from the
 * headers' names, and the preview is worked out again at each change. Nothing is written until
 * `confirm`.
 */
export function useSheetImport(
  sheet: AgendaSheet,
  onOpened: (opened: OpenedWorkshop) => void,
  onClose: () => void,
): SheetImportStep {
  const { notice, dismiss, call } = useCallNotice()
  const table = useMemo(() => splitHeader(sheet.cells), [sheet])
  const [mapping, setMapping] = useState<SheetMapping>(() => guessMapping(table.headers))
  const [title, setTitle] = useState(() => titleFromFileName(sheet.fileName))
  const preview = useMemo(() => sheetToWorkshop(table, mapping, title), [table, mapping, title])
  return {
    sheet,
    table,
    mapping,
    title,
    preview,
    notice,
    dismiss,
    setTitle,
    setColumn: (field, column) =>
      setMapping((current) => {
        const others = Object.entries(current).filter(([name]) => name !== field)
        return Object.fromEntries(column === null ? others : [...others, [field, column]])
      }),
    confirm: () => {
      if (!preview.ok) return
      void call(bridge.addImportedWorkshop({ workshop: preview.workshop }), (opened) => {
        onClose()
        onOpened(opened)
      })
    },
    cancel: onClose,
  }
}
