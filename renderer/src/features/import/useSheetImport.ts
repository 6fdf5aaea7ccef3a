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
import type { BridgeCall } from '../../lib/useCallNotice'

/** The mapping step of one sheet: its columns, the chosen mapping and what it would make. */
export interface SheetImportStep {
  sheet: AgendaSheet
  table: SheetTable
  mapping: SheetMapping
  title: string
  preview: SheetImport
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
 * Holds a sheet chosen or dropped for import while the facilitator maps its columns: the mapping
 * starts from the headers' names, and the preview is worked out again at each change. Nothing is
 * written until `confirm`.
 */
export function useSheetImport(
  call: BridgeCall,
  onOpened: (opened: OpenedWorkshop) => void,
): { step: SheetImportStep | null; begin: (sheet: AgendaSheet) => void } {
  const [sheet, setSheet] = useState<AgendaSheet | null>(null)
  const [mapping, setMapping] = useState<SheetMapping>({})
  const [title, setTitle] = useState('')
  const table = useMemo(() => (sheet === null ? null : splitHeader(sheet.cells)), [sheet])
  const preview = useMemo(
    () => (table === null ? null : sheetToWorkshop(table, mapping, title)),
    [table, mapping, title],
  )
  const begin = (next: AgendaSheet) => {
    setSheet(next)
    setMapping(guessMapping(splitHeader(next.cells).headers))
    setTitle(titleFromFileName(next.fileName))
  }
  if (sheet === null || table === null || preview === null) return { step: null, begin }
  const cancel = () => setSheet(null)
  return {
    begin,
    step: {
      sheet,
      table,
      mapping,
      title,
      preview,
      setTitle,
      setColumn: (field, column) =>
        setMapping((current) => {
          const others = Object.entries(current).filter(([name]) => name !== field)
          return Object.fromEntries(column === null ? others : [...others, [field, column]])
        }),
      confirm: () => {
        if (!preview.ok) return
        void call(bridge.addImportedWorkshop({ workshop: preview.workshop }), (opened) => {
          setSheet(null)
          onOpened(opened)
        })
      },
      cancel,
    },
  }
}
