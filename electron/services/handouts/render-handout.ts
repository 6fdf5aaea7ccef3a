import type { Result } from '@common/api/result'
import { buildHandoutDocument } from '@common/handouts/build-handout'
import type { HandoutOptions } from '@common/handouts/options'
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
  const built = buildHandoutDocument(mapStrings(workshop, printable), {
    ...options,
    date: options.date === undefined ? undefined : printable(options.date),
    facilitator: options.facilitator === undefined ? undefined : printable(options.facilitator),
    place: options.place === undefined ? undefined : printable(options.place),
  })
  if (!built.ok) return built
  return { ok: true, value: await renderPdfDocument(built.value, fontsFolder) }
}
