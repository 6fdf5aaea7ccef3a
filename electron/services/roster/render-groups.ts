import { succeed, type Result } from '@common/api/result'
import type { SessionRoster } from '@common/domain/grouping/session-roster'
import type { Workshop } from '@common/domain/workshop/schema'
import {
  buildGroupsDocument,
  type GroupsPrint,
  type GroupsPrintOptions,
} from '@common/handouts/groups/groups-document'
import { buildHandoutDocument, inWorkshopLanguage } from '@common/handouts/build-handout'
import {
  buildNamePagesProbe,
  countBatchCoverPages,
  countNamedPacks,
  measurePackLengths,
  type NamedPacksCount,
} from '@common/handouts/groups/named-packs'
import { createTheme } from '@common/handouts/theme'
import { mapStrings } from '@common/handouts/printable-text'
import type { OsPorts } from '../os-ports'
import { makePrintable, renderPdfDocument } from '../handouts/render-pdf'
import { saveToChosenFile } from '../handouts/save-to-chosen-file'
import type { AppTranslator } from '../refusal'

/**
 * Renders a roster's rotation table, name cards or named packs to PDF bytes. Named packs are
 * measured first (see {@link probeNamedPacks}), so the printer's cover gives each pack's length.
 */
export async function renderGroupsPdf(
  workshop: Workshop,
  roster: SessionRoster,
  kind: GroupsPrint,
  options: GroupsPrintOptions,
  fontsFolder: string,
): Promise<Result<Uint8Array>> {
  const printable = makePrintable(fontsFolder)
  let packLengths: number[] = []
  if (kind === 'namedPacks') {
    const probed = await probeNamedPacks(workshop, roster, options, fontsFolder)
    if (!probed.ok) return probed
    const { namePages, packPages } = probed.value
    packLengths = measurePackLengths(namePages, packPages, options.duplex !== false)
  }
  const built = buildGroupsDocument(
    mapStrings(workshop, printable),
    mapStrings(roster, printable),
    kind,
    options,
    packLengths,
  )
  if (!built.ok) return built
  return succeed(await renderPdfDocument(built.value, fontsFolder))
}

/**
 * The parts of a batch of named packs that take pages: the participant pack, laid out once
 * (pdfmake hands the running head the page count), each holder's name pages, laid out on their
 * own (long names and many rounds differ from person to person), and the cover sheet.
 */
async function probeNamedPacks(
  workshop: Workshop,
  roster: SessionRoster,
  options: GroupsPrintOptions,
  fontsFolder: string,
): Promise<Result<{ namePages: number[]; packPages: number; coverPages: number }>> {
  const printable = makePrintable(fontsFolder)
  const printableWorkshop = mapStrings(workshop, printable)
  const printableRoster = mapStrings(roster, printable)
  const built = buildHandoutDocument(printableWorkshop, {
    kind: 'pack',
    paper: options.paper,
    largePrint: options.largePrint,
  })
  if (!built.ok) return built
  let packPages = 0
  const header = built.value.header
  await renderPdfDocument(
    {
      ...built.value,
      header: (page, pageCount, size) => {
        packPages = pageCount
        return typeof header === 'function' ? header(page, pageCount, size) : (header ?? null)
      },
    },
    fontsFolder,
  )
  const theme = createTheme(inWorkshopLanguage(workshop, options))
  const probe = buildNamePagesProbe(printableWorkshop, printableRoster, theme)
  await renderPdfDocument(probe.document, fontsFolder)
  return succeed({
    namePages: probe.namePages(),
    packPages,
    coverPages: countBatchCoverPages(printableWorkshop, printableRoster, theme),
  })
}

/** How many pages the named packs of this roster come to, before printing. */
export async function countNamedPacksPdf(
  workshop: Workshop,
  roster: SessionRoster,
  options: GroupsPrintOptions,
  fontsFolder: string,
): Promise<Result<NamedPacksCount>> {
  const probed = await probeNamedPacks(workshop, roster, options, fontsFolder)
  if (!probed.ok) return probed
  const { namePages, packPages, coverPages } = probed.value
  return succeed(countNamedPacks(namePages, packPages, options.duplex !== false, coverPages))
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
  t: AppTranslator,
): Promise<Result<{ path: string }>> {
  return saveToChosenFile(
    os,
    t,
    {
      title: 'dialog.save.groups',
      defaultName: `${titles[kind]}-${options.paper}${options.largePrint ? '-large' : ''}.pdf`,
      extensions: ['pdf'],
      what: 'errors.export.what.pdf',
    },
    () => renderGroupsPdf(workshop, roster, kind, options, fontsFolder),
    options.openAfter,
  )
}
