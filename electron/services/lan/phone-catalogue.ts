import { compileMessages } from '@common/i18n/compile-messages'
import { languages, pseudoLanguage, type MessageLanguage } from '@common/i18n/locales'

/** Where the phone pages fetch their words: `?language=xx` for one language, else the workshop's. */
export const PHONE_MESSAGES_PATH = '/messages.json'

/** The ids the phone pages use: their own, the room's (the room view and the remote's clock), the shared. */
const PHONE_PREFIXES = ['phone.', 'room.', 'common.'] as const

const bodies = new Map<MessageLanguage, Buffer>()

/** A language the phone may ask for by name, or null when the name is none of ours. */
export function phoneLanguageOf(name: string | null): MessageLanguage | null {
  if (name === null) return null
  const known: readonly MessageLanguage[] = [...languages, pseudoLanguage]
  return known.find((language) => language === name) ?? null
}

/**
 * The phone pages' messages in `language`, parsed (the page carries no ICU parser) and only the
 * ids they use, as the JSON body the server sends: `{ language, messages }`. Built once per
 * language.
 */
export function phoneCatalogueBody(language: MessageLanguage): Buffer {
  const known = bodies.get(language)
  if (known !== undefined) return known
  const body = Buffer.from(
    JSON.stringify({ language, messages: compileMessages(language, PHONE_PREFIXES) }),
  )
  bodies.set(language, body)
  return body
}
