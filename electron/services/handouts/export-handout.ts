import { writeFile } from 'node:fs/promises'
import { fail, succeed, type Result } from '@common/api/result'
import { suggestHandoutFileName } from '@common/handouts/file-name'
import type { HandoutOptions } from '@common/handouts/options'
import type { Workshop } from '@common/domain/workshop/schema'
import type { OsPorts } from '../os-ports'
import { describeFileError } from '../storage/durable-write'
import { renderHandoutPdf } from './render-handout'

/** Asks where to save a handout, renders it there, and opens it if asked. */
export async function exportHandout(
  workshop: Workshop,
  options: HandoutOptions,
  openAfter: boolean,
  fontsFolder: string,
  os: OsPorts,
): Promise<Result<{ path: string }>> {
  const target = await os.chooseFileToSave({
    title: 'Save handout as PDF',
    defaultName: suggestHandoutFileName(workshop, options),
    extensions: ['pdf'],
  })
  if (target === null) return fail('cancelled', 'Export cancelled.')
  const rendered = await renderHandoutPdf(workshop, options, fontsFolder)
  if (!rendered.ok) return rendered
  try {
    await writeFile(target, rendered.value)
  } catch (error) {
    return fail('io-error', `Could not save the PDF to ${target}: ${describeFileError(error)}.`)
  }
  if (openAfter) {
    // The PDF is saved either way; a missing viewer only means it is not shown.
    await os.openFile(target).catch(() => undefined)
  }
  return succeed({ path: target })
}
