import type { CompiledMessages } from '@common/i18n/compile-messages'
import type { MessageLanguage } from '@common/i18n/locales'
import type { LoadMessages } from '../lib/i18n/messages-loader'

/** One language's words as the room's server sends them to the phone pages. */
export interface PhoneMessages {
  language: MessageLanguage
  messages: CompiledMessages
}

/**
 * Fetches the phone pages' words from the room's server: in `language`, or in the workshop's
 * when none is named (the page does not know it before it asks).
 */
export async function fetchPhoneMessages(language?: MessageLanguage): Promise<PhoneMessages> {
  const query = language === undefined ? '' : `?language=${encodeURIComponent(language)}`
  const response = await fetch(`/messages.json${query}`, { cache: 'no-store' })
  if (!response.ok)
    throw new Error(`The page's words could not be fetched (${String(response.status)}).`)
  return (await response.json()) as PhoneMessages
}

/**
 * How the phone pages load messages: the first answer (asked for as the page opens, beside
 * the live channel) serves its own language; any other language is fetched by name.
 */
export function phoneMessagesLoader(first: PhoneMessages): LoadMessages {
  return async (language) =>
    language === first.language ? first.messages : (await fetchPhoneMessages(language)).messages
}
