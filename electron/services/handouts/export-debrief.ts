import { succeed, type Result } from '@common/api/result'
import type { Session } from '@common/domain/session/session'
import { buildDebriefMarkdown } from '@common/handouts/debrief/debrief-markdown'
import { suggestDebriefFileNames } from '@common/handouts/file-name'
import type { OsPorts } from '../os-ports'
import { renderDebriefPdf } from './render-debrief'
import type { AppTranslator } from '../refusal'
import { saveToChosenFile } from './save-to-chosen-file'

export interface DebriefExport {
  format: 'pdf' | 'markdown'
  paper: 'a4' | 'letter'
  openAfter: boolean
}

/** Asks where to save a session's debrief, writes it as PDF or Markdown, and opens it if asked. */
export function exportDebrief(
  session: Session,
  { format, paper, openAfter }: DebriefExport,
  fontsFolder: string,
  os: OsPorts,
  t: AppTranslator,
): Promise<Result<{ path: string }>> {
  const names = suggestDebriefFileNames(session, { paper, largePrint: false })
  return saveToChosenFile(
    os,
    t,
    {
      title: format === 'pdf' ? 'dialog.save.debriefPdf' : 'dialog.save.debriefMarkdown',
      defaultName: format === 'pdf' ? names.pdf : names.markdown,
      extensions: [format === 'pdf' ? 'pdf' : 'md'],
      what: 'errors.export.what.debrief',
    },
    () =>
      format === 'pdf'
        ? renderDebriefPdf(session, { paper, largePrint: false }, fontsFolder)
        : Promise.resolve(succeed(buildDebriefMarkdown(session))),
    openAfter,
  )
}
