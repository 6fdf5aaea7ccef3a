import type { Result } from '@common/api/result'
import { suggestHandoutFileName } from '@common/handouts/file-name'
import type { HandoutOptions } from '@common/handouts/options'
import type { Workshop } from '@common/domain/workshop/schema'
import type { OsPorts } from '../os-ports'
import { renderHandoutPdf } from './render-handout'
import { saveToChosenFile } from './save-to-chosen-file'

/** Asks where to save a handout, renders it there, and opens it if asked. */
export function exportHandout(
  workshop: Workshop,
  options: HandoutOptions,
  openAfter: boolean,
  fontsFolder: string,
  os: OsPorts,
): Promise<Result<{ path: string }>> {
  return saveToChosenFile(
    os,
    {
      title: 'Save handout as PDF',
      defaultName: suggestHandoutFileName(workshop, options),
      extensions: ['pdf'],
      what: 'the PDF',
    },
    () => renderHandoutPdf(workshop, options, fontsFolder),
    openAfter,
  )
}
