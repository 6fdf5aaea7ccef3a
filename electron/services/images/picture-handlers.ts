import { basename } from 'node:path'
import type { ApiHandlers } from '@common/api/dispatch'
import { fail, succeed } from '@common/api/result'
import type { OsPorts } from '../os-ports'
import { refuse, type AppTranslator } from '../refusal'
import type { PictureStore } from './picture-store'
import { readPictureFile } from './read-picture-file'

/** The bridge calls for pictures on phases: choose one into the store, read one to show it. */
export function pictureHandlers(
  store: PictureStore,
  os: OsPorts,
  t: AppTranslator,
): Pick<ApiHandlers, 'choosePicture' | 'readPicture'> {
  return {
    choosePicture: async () => {
      const path = await os.chooseFileToOpen({
        title: t().formatMessage({ id: 'dialog.choosePicture' }),
        extensions: ['png', 'jpg', 'jpeg', 'svg'],
        kind: t().formatMessage({ id: 'dialog.pictureKind' }),
      })
      if (path === null) return refuse(t, 'cancelled', 'errors.pictures.noneChosen')
      const read = await readPictureFile(path, t)
      if (!read.ok) return fail('io-error', read.message)
      const added = await store.add(read.bytes)
      if (!added.ok)
        return refuse(t, 'invalid-file', 'errors.library.cannotOpen', {
          file: basename(path),
          problem: added.message,
        })
      return succeed({ ref: added.ref, fileName: basename(path) })
    },
    readPicture: async ({ ref }) => {
      const read = await store.read(ref)
      if (!read.ok) return fail(read.missing ? 'not-found' : 'invalid-file', read.message)
      return succeed({ ref, mimeType: read.mimeType, base64: read.bytes.toString('base64') })
    },
  }
}
