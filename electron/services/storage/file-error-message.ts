import type { Translator } from '@common/i18n/translator'

/**
 * Why a file could not be written or read, in the app's language, for the errors the user can do
 * something about; any other error keeps the system's own words (they are in the log too).
 */
export function fileErrorIn(t: Translator, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return t.formatMessage({ id: 'errors.storage.readOnly' })
    case 'ENOSPC':
      return t.formatMessage({ id: 'errors.storage.diskFull' })
    case 'ENOENT':
      return t.formatMessage({ id: 'errors.storage.folderGone' })
    case 'ENOTDIR':
    case 'EEXIST':
      return t.formatMessage({ id: 'errors.storage.fileInTheWay' })
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
