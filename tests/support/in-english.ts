import { formatRef, type MessageRef } from '@common/i18n/message-ref'
import { translatorFor } from '@common/i18n/translator'

/** What a named message says in English, as the console would show it in English. */
export function inEnglish(ref: MessageRef): string {
  return formatRef(translatorFor('en'), ref)
}
