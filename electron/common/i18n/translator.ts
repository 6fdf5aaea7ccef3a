import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { compileMessages } from './compile-messages'
import { formatLocale, type MessageLanguage } from './locales'
import type { MessageId } from './message-id'

/** Formats messages, dates, times, numbers and lists in one language. */
export type Translator = IntlShape

const intlCache = createIntlCache()
const translators = new Map<MessageLanguage, Translator>()

/**
 * The translator for `language`, made once: the document builders, the menu and the dialogs use
 * it as the windows use React's provider. A missing message is a bug the catalogue check catches,
 * so it is reported loudly in tests rather than shown as its id.
 */
export function translatorFor(language: MessageLanguage): Translator {
  const known = translators.get(language)
  if (known !== undefined) return known
  const translator = createIntl(
    {
      locale: formatLocale(language),
      defaultLocale: 'en',
      // Whole catalogues: the catalogue check proves every language has every id.
      messages: compileMessages(language) as Record<MessageId, MessageFormatElement[]>,
      onError: (error) => {
        throw error
      },
    },
    intlCache,
  )
  translators.set(language, translator)
  return translator
}
