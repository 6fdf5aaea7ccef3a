import { writeFile } from 'node:fs/promises'
import { fail, succeed, type Result } from '@common/api/result'
import type { OsPorts } from '../os-ports'
import { describeFileError } from '../storage/durable-write'

/** What the save dialog asks for, and how a failed write names the file (“the PDF”). */
export interface SaveDialog {
  title: string
  defaultName: string
  extensions: string[]
  what: string
}

/**
 * Asks where to save, makes the content only once a place is chosen, writes it there, and opens
 * it when asked to. Every printout and debrief the app saves goes through here.
 */
export async function saveToChosenFile(
  os: OsPorts,
  dialog: SaveDialog,
  make: () => Promise<Result<Uint8Array | string>>,
  openAfter: boolean,
): Promise<Result<{ path: string }>> {
  const { what, ...options } = dialog
  const target = await os.chooseFileToSave(options)
  if (target === null) return fail('cancelled', 'Export cancelled.')
  const made = await make()
  if (!made.ok) return made
  try {
    await writeFile(target, made.value)
  } catch (error) {
    return fail('io-error', `Could not save ${what} to ${target}: ${describeFileError(error)}.`)
  }
  // The file is saved either way; a missing viewer only means it is not shown.
  if (openAfter) await os.openFile(target).catch(() => undefined)
  return succeed({ path: target })
}
