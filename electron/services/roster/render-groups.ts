import { writeFile } from 'node:fs/promises'
import { fail, succeed, type Result } from '@common/api/result'
import type { SessionRoster } from '@common/domain/grouping/session-roster'
import type { Workshop } from '@common/domain/workshop/schema'
import {
  buildGroupsDocument,
  type GroupsPrint,
  type GroupsPrintOptions,
} from '@common/handouts/groups/groups-document'
import { mapStrings } from '@common/handouts/printable-text'
import type { OsPorts } from '../os-ports'
import { describeFileError } from '../storage/durable-write'
import { makePrintable, renderPdfDocument } from '../handouts/render-pdf'

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
export async function exportGroupsPdf(
  workshop: Workshop,
  roster: SessionRoster,
  kind: GroupsPrint,
  options: GroupsPrintOptions & { openAfter: boolean },
  fontsFolder: string,
  os: OsPorts,
): Promise<Result<{ path: string }>> {
  const target = await os.chooseFileToSave({
    title: 'Save as PDF',
    defaultName: `${titles[kind]}-${options.paper}.pdf`,
    extensions: ['pdf'],
  })
  if (target === null) return fail('cancelled', 'Export cancelled.')
  const rendered = await renderGroupsPdf(workshop, roster, kind, options, fontsFolder)
  if (!rendered.ok) return rendered
  try {
    await writeFile(target, rendered.value)
  } catch (error) {
    return fail('io-error', `Could not save ${target}: ${describeFileError(error)}.`)
  }
  // The PDF is saved either way; a missing viewer only means it is not shown.
  if (options.openAfter) await os.openFile(target).catch(() => undefined)
  return succeed({ path: target })
}
