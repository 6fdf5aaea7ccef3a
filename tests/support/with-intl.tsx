import type { ReactNode } from 'react'
import { IntlProvider } from 'react-intl'
import { render, type RenderOptions } from '@testing-library/react'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { compileMessages } from '@common/i18n/compile-messages'
import { formatLocale, type MessageLanguage } from '@common/i18n/locales'
import type { MessageId } from '@common/i18n/message-id'
import { SpokenLanguageContext } from '../../renderer/src/lib/i18n/spoken-language'

/**
 * What a window's language provider gives its components, for a component rendered alone: the
 * messages of `language` (English by default), and a message that is missing fails the test.
 */
export function IntlFor({
  language = 'en',
  children,
}: {
  language?: MessageLanguage
  children: ReactNode
}) {
  return (
    <IntlProvider
      locale={formatLocale(language)}
      defaultLocale="en"
      messages={compileMessages(language) as Record<MessageId, MessageFormatElement[]>}
      onError={(error) => {
        throw error
      }}
    >
      <SpokenLanguageContext.Provider value={language}>{children}</SpokenLanguageContext.Provider>
    </IntlProvider>
  )
}

/** Renders `ui` inside the English (or `language`'s) messages, as `render` does otherwise. */
export function renderWithIntl(
  ui: ReactNode,
  options: Omit<RenderOptions, 'wrapper'> & { language?: MessageLanguage } = {},
) {
  const { language, ...rest } = options
  return render(ui, {
    ...rest,
    wrapper: ({ children }) => <IntlFor language={language}>{children}</IntlFor>,
  })
}
