import { fail, succeed, type Result } from '@common/api/result'
import type { Session } from '@common/domain/session/session'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import type { DebriefOptions } from '@common/handouts/debrief/debrief-document'
import { writeOutputFile } from './cli-output'
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
  for (const [path, content] of [
    [pdfPath, rendered.value],
    [markdownPath, buildDebriefMarkdown(session, options.language)],
  ] as const) {
    const written = await writeOutputFile(path, content)
    if (!written.ok) return fail(written.code, `Could not save the debrief: ${written.message}.`)
  }
  return succeed({ pdfPath, markdownPath })
}
