import type { Result } from '@common/api/result'
import {
  buildHandoutDocument,
  buildPackProbe,
  exerciseAnchor,
} from '@common/handouts/build-handout'
import { planNotesPages } from '@common/handouts/duplex'
import type { HandoutOptions } from '@common/handouts/options'
import { createPageMarks } from '@common/handouts/page-marks'
import { findRunOns, type RunOn } from '@common/handouts/run-sheet'
import { mapStrings } from '@common/handouts/printable-text'
import type { Workshop } from '@common/domain/workshop/schema'
import { makePrintable, renderPdfDocument } from './render-pdf'

/**
 * Renders a handout to PDF bytes with the faces in `fontsFolder` embedded. Characters neither
 * face can draw are replaced first (see `replaceMissingGlyphs`), so any workshop renders. Returns
 * `not-found` when an exercise handout names an exercise the workshop lacks.
 */
export async function renderHandoutPdf(
  workshop: Workshop,
  options: HandoutOptions,
  fontsFolder: string,
): Promise<Result<Uint8Array>> {
  const printable = makePrintable(fontsFolder)
  const source = mapStrings(workshop, printable)
  const printedOptions: HandoutOptions = {
    ...options,
    date: options.date === undefined ? undefined : printable(options.date),
    facilitator: options.facilitator === undefined ? undefined : printable(options.facilitator),
    place: options.place === undefined ? undefined : printable(options.place),
  }
  if (options.kind === 'runsheet') {
    // The run sheet names each exercise's page in the pack, so the pack is laid out first.
    const probe = buildPackProbe(source, printedOptions)
    await renderPdfDocument(probe.document, fontsFolder)
    return renderRunSheet(source, printedOptions, probe.startPages(), fontsFolder)
  }
  const built = buildHandoutDocument(source, printedOptions)
  if (!built.ok) return built
  if (options.kind !== 'pack' || options.duplex !== true) {
    return { ok: true, value: await renderPdfDocument(built.value, fontsFolder) }
  }
  // Double-sided: a first printing finds the page each exercise starts on (pdfmake reports every
  // laid-out node to pageBreakBefore), then Notes pages go where an exercise would start on the
  // left. This prints twice, so only double-sided packs pay for it.
  const starts = new Map<string, number>()
  await renderPdfDocument(
    {
      ...built.value,
      pageBreakBefore: (node) => {
        const id = node.id
        if (id !== undefined && !starts.has(id)) starts.set(id, node.pageNumbers[0] ?? 0)
        return false
      },
    },
    fontsFolder,
  )
  const count = source.exercises.filter((item) => item.kind === 'exercise').length
  const startPages = Array.from(
    { length: count },
    (_, index) => starts.get(exerciseAnchor(index)) ?? 1,
  )
  const duplex = buildHandoutDocument(source, printedOptions, planNotesPages(startPages))
  if (!duplex.ok) return duplex
  return { ok: true, value: await renderPdfDocument(duplex.value, fontsFolder) }
}

/**
 * The most printings of a run sheet: a cut moves nothing before it, but a heading marked
 * "(continued)" can take a line more than the one it replaces, and the sections after it shift;
 * their cuts are then found again. The built-in workshop settles in two to five printings (a
 * section cut more than once in large print takes the most).
 */
const RUN_SHEET_PRINTINGS = 8

/**
 * Prints the run sheet until no exercise's table runs onto a page under an unchanged heading:
 * each printing finds where the tables still run on, and the next cuts them there, so every page
 * a table runs onto (the third and later too) says "(continued)" and names the phase it opens
 * in. Returns the last printing.
 */
async function renderRunSheet(
  source: Workshop,
  options: HandoutOptions,
  packPages: readonly (number | undefined)[],
  fontsFolder: string,
): Promise<Result<Uint8Array>> {
  const count = source.exercises.filter((item) => item.kind === 'exercise').length
  let runOns: RunOn[][] = []
  for (let printing = 1; ; printing += 1) {
    const marks = createPageMarks()
    const sheet = buildHandoutDocument(source, options, [], { packPages, runOns, marks })
    if (!sheet.ok) return sheet
    const bytes = await renderPdfDocument(sheet.value, fontsFolder)
    const found = findRunOns(count, marks, runOns)
    const isSettled = found.every((cuts, index) => {
      const before = runOns[index] ?? []
      return (
        cuts.length === before.length &&
        cuts.every((cut, at) => {
          const was = before[at]
          return cut.row === was?.row && cut.page === was.page
        })
      )
    })
    if (isSettled || printing === RUN_SHEET_PRINTINGS) return { ok: true, value: bytes }
    runOns = found
  }
}
