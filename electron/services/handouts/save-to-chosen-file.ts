import { writeFile } from 'node:fs/promises'
import { succeed, type Result } from '@common/api/result'
import type { MessageId } from '@common/i18n/message-id'
import type { OsPorts } from '../os-ports'
import { refuse, refuseFileError, type AppTranslator } from '../refusal'

/**
 * What the save dialog asks for, and how a failed write names the file (“the PDF”), both as
 * messages the app's language words.
 */
export interface SaveDialog {
  title: MessageId
  defaultName: string
  extensions: string[]
  what: MessageId
}

/**
 * Asks where to save, makes the content only once a place is chosen, writes it there, and opens
 * it when asked to. Every printout and debrief the app saves goes through here.
 */
export async function saveToChosenFile(
  os: OsPorts,
  t: AppTranslator,
  dialog: SaveDialog,
  make: () => Promise<Result<Uint8Array | string>>,
  openAfter: boolean,
): Promise<Result<{ path: string }>> {
  const { what, title, ...options } = dialog
  const target = await os.chooseFileToSave({
    ...options,
    title: t().formatMessage({ id: title }),
  })
  if (target === null) return refuse(t, 'cancelled', 'errors.library.exportCancelled')
  const made = await make()
  if (!made.ok) return made
  try {
    await writeFile(target, made.value)
  } catch (error) {
    return refuseFileError(t, 'errors.export.saveFailed', error, {
      what: t().formatMessage({ id: what }),
      path: target,
    })
  }
  // The file is saved either way; a missing viewer only means it is not shown.
  if (openAfter) await os.openFile(target).catch(() => undefined)
  return succeed({ path: target })
}
