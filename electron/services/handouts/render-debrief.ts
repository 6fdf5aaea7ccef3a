import { succeed, type Result } from '@common/api/result'
import type { Session } from '@common/domain/session/session'
import {
  buildDebriefDocument,
  type DebriefOptions,
} from '@common/handouts/debrief/debrief-document'
import { mapStrings } from '@common/handouts/printable-text'
import { makePrintable, renderPdfDocument } from './render-pdf'

/**
 * Renders a session's debrief to PDF bytes with the faces in `fontsFolder` embedded. Notes in
 * any script render: Greek and Cyrillic in the fallback face, and characters neither face has
 * replaced first, as in handouts.
 */
export async function renderDebriefPdf(
  session: Session,
  options: DebriefOptions,
  fontsFolder: string,
): Promise<Result<Uint8Array>> {
  const document = buildDebriefDocument(mapStrings(session, makePrintable(fontsFolder)), options)
  return succeed(await renderPdfDocument(document, fontsFolder))
}
