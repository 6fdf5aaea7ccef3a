import { formatRef, type MessageRef } from '@common/i18n/message-ref'
import { translatorFor } from '@common/i18n/translator'

/** What a named message says in English, as the console would show it in English. */
export function inEnglish(ref: MessageRef): string {
  return formatRef(translatorFor('en'), ref)
}

/** A result whose failure names its message, with that message in English, to compare as text. */
export function withEnglishMessage<T extends { ok: boolean }>(
  result: T,
): T | { ok: false; message: string } {
  return 'message' in result && !result.ok
    ? { ok: false, message: inEnglish(result.message as MessageRef) }
    : result
}
