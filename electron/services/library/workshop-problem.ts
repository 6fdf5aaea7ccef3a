import type { Translator } from '@common/i18n/translator'
import { findJsonError } from '@common/domain/workshop/json-error'

/**
 * What is wrong with a workshop file's text, in the app's language when the text is not JSON at
 * all (with the line and column where it stops being JSON). A file that is JSON but not a valid
 * workshop keeps the format's own message (`formatMessage`), which names the file format's fields.
 */
export function describeWorkshopProblem(
  t: Translator,
  text: string,
  formatMessage: string,
): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  try {
    JSON.parse(body)
    return formatMessage
  } catch {
    if (body.trim() === '') return t.formatMessage({ id: 'errors.library.emptyFile' })
    const place = findJsonError(body)
    if (place === null) return t.formatMessage({ id: 'errors.library.notJson' })
    return place.found === null
      ? t.formatMessage(
          { id: 'errors.library.notJsonEndsEarly' },
          { line: place.line, column: place.column },
        )
      : t.formatMessage(
          { id: 'errors.library.notJsonAt' },
          { line: place.line, column: place.column, found: place.found },
        )
  }
}
