import { succeed, type Result } from '@common/api/result'
import type { SessionRoster } from '@common/domain/grouping/session-roster'
import type { Workshop } from '@common/domain/workshop/schema'
import {
  buildGroupsDocument,
  type GroupsPrint,
  type GroupsPrintOptions,
} from '@common/handouts/groups/groups-document'
import { mapStrings } from '@common/handouts/printable-text'
import type { OsPorts } from '../os-ports'
import { makePrintable, renderPdfDocument } from '../handouts/render-pdf'
import { saveToChosenFile } from '../handouts/save-to-chosen-file'

/** Renders a roster's rotation table, name cards or named packs to PDF bytes. */
export async function renderGroupsPdf(
  workshop: Workshop,
  roster: SessionRoster,
  kind: GroupsPrint,
  options: GroupsPrintOptions,
  fontsFolder: string,
): Promise<Result<Uint8Array>> {
  const printable = makePrintable(fontsFolder)
  const built = buildGroupsDocument(
    mapStrings(workshop, printable),
    mapStrings(roster, printable),
    kind,
    options,
  )
  if (!built.ok) return built
  return succeed(await renderPdfDocument(built.value, fontsFolder))
}

const titles: Record<GroupsPrint, string> = {
  rotation: 'rotation-table',
  cards: 'name-cards',
  namedPacks: 'named-packs',
}

/** Asks where to save a roster's printout, writes the PDF, and opens it when asked to. */
export function exportGroupsPdf(
  workshop: Workshop,
  roster: SessionRoster,
  kind: GroupsPrint,
  options: GroupsPrintOptions & { openAfter: boolean },
  fontsFolder: string,
  os: OsPorts,
): Promise<Result<{ path: string }>> {
  return saveToChosenFile(
    os,
    {
      title: 'Save as PDF',
      defaultName: `${titles[kind]}-${options.paper}.pdf`,
      extensions: ['pdf'],
      what: 'the PDF',
    },
    () => renderGroupsPdf(workshop, roster, kind, options, fontsFolder),
    options.openAfter,
  )
}
