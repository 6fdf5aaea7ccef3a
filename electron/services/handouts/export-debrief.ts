import { writeFile } from 'node:fs/promises'
import { fail, succeed, type Result } from '@common/api/result'
import type { Session } from '@common/domain/session/session'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import { suggestDebriefFileNames } from '@common/handouts/file-name'
import type { OsPorts } from '../os-ports'
import { describeFileError } from '../storage/durable-write'
import { renderDebriefPdf } from './render-debrief'

export interface DebriefExport {
  format: 'pdf' | 'markdown'
  paper: 'a4' | 'letter'
  openAfter: boolean
}

/** Asks where to save a session's debrief, writes it as PDF or Markdown, and opens it if asked. */
export async function exportDebrief(
  session: Session,
  { format, paper, openAfter }: DebriefExport,
  fontsFolder: string,
  os: OsPorts,
): Promise<Result<{ path: string }>> {
  const names = suggestDebriefFileNames(session, { paper, largePrint: false })
  const target = await os.chooseFileToSave({
    title: format === 'pdf' ? 'Save the debrief as PDF' : 'Save the debrief as Markdown',
    defaultName: format === 'pdf' ? names.pdf : names.markdown,
    extensions: [format === 'pdf' ? 'pdf' : 'md'],
  })
  if (target === null) return fail('cancelled', 'Export cancelled.')
  let content: Uint8Array | string
  if (format === 'pdf') {
    const rendered = await renderDebriefPdf(session, { paper, largePrint: false }, fontsFolder)
    if (!rendered.ok) return rendered
    content = rendered.value
  } else {
    content = buildDebriefMarkdown(session)
  }
  try {
    await writeFile(target, content)
  } catch (error) {
    return fail('io-error', `Could not save the debrief to ${target}: ${describeFileError(error)}.`)
  }
  if (openAfter) {
    // The debrief is saved either way; a missing viewer only means it is not shown.
    await os.openFile(target).catch(() => undefined)
  }
  return succeed({ path: target })
}
