import type { Result } from '@common/api/result'
import { suggestHandoutFileName } from '@common/handouts/file-name'
import type { HandoutOptions } from '@common/handouts/options'
import type { Workshop } from '@common/domain/workshop/schema'
import type { OsPorts } from '../os-ports'
import { renderHandoutPdf } from './render-handout'
import type { AppTranslator } from '../refusal'
import { saveToChosenFile } from './save-to-chosen-file'

/** Asks where to save a handout, renders it there, and opens it if asked. */
export function exportHandout(
  workshop: Workshop,
  options: HandoutOptions,
  openAfter: boolean,
  fontsFolder: string,
  os: OsPorts,
  t: AppTranslator,
): Promise<Result<{ path: string }>> {
  return saveToChosenFile(
    os,
    t,
    {
      title: 'dialog.save.handout',
      defaultName: suggestHandoutFileName(workshop, options),
      extensions: ['pdf'],
      what: 'errors.export.what.pdf',
    },
    () => renderHandoutPdf(workshop, options, fontsFolder),
    openAfter,
  )
}
