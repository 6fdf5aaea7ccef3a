import type { ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { MessageId } from '@common/i18n/message-id'
import { formatLocale, type MessageLanguage } from '@common/i18n/locales'
import { SpokenLanguageContext } from './spoken-language'
import { useMessages } from './useMessages'

/**
 * Everything below speaks `language`: its messages, and its dates, times, numbers and lists.
 * Nothing is drawn until the first language's messages are here (a few milliseconds from the main
 * process), so no window shows message ids or flashes English.
 */
export function LanguageProvider({
  language,
  children,
}: {
  language: MessageLanguage | null
  children: ReactNode
}) {
  const shown = useMessages(language)
  if (shown === null) return null
  return (
    <IntlProvider
      locale={formatLocale(shown.language)}
      defaultLocale="en"
      // Whole in the app's windows; the phone pages take only the ids their parts use.
      messages={shown.messages as Record<MessageId, MessageFormatElement[]>}
    >
      <SpokenLanguageContext.Provider value={shown.language}>
        {children}
      </SpokenLanguageContext.Provider>
    </IntlProvider>
  )
}
