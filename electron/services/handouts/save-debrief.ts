import { writeFile } from 'node:fs/promises'
import { fail, succeed, type Result } from '@common/api/result'
import type { Session } from '@common/domain/session/session'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import type { DebriefOptions } from '@common/handouts/debrief/debrief-document'
import { describeFileError } from '../storage/durable-write'
import { renderDebriefPdf } from './render-debrief'

/** Where the Markdown copy of a debrief goes: beside the PDF, with the same name. */
export function markdownPathFor(pdfPath: string): string {
  return /\.pdf$/i.test(pdfPath) ? pdfPath.replace(/\.pdf$/i, '.md') : `${pdfPath}.md`
}

/**
 * Writes a session's debrief as a PDF at `targets.pdfPath` and as Markdown at
 * `targets.markdownPath` (by default beside the PDF, same name, `.md`), and returns both paths.
 * Nothing is written unless the PDF rendered.
 */
export async function saveDebrief(
  session: Session,
  options: DebriefOptions,
  fontsFolder: string,
  targets: { pdfPath: string; markdownPath?: string },
): Promise<Result<{ pdfPath: string; markdownPath: string }>> {
  const rendered = await renderDebriefPdf(session, options, fontsFolder)
  if (!rendered.ok) return rendered
  const { pdfPath } = targets
  const markdownPath = targets.markdownPath ?? markdownPathFor(pdfPath)
  try {
    await writeFile(pdfPath, rendered.value)
    await writeFile(markdownPath, buildDebriefMarkdown(session), 'utf8')
  } catch (error) {
    return fail(
      'io-error',
      `Could not save the debrief to ${pdfPath}: ${describeFileError(error)}.`,
    )
  }
  return succeed({ pdfPath, markdownPath })
}
