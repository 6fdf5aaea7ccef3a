import type { ReactNode } from 'react'
import type { MessageLanguage } from '@common/i18n/locales'
import { LanguageProvider } from './LanguageProvider'

/**
 * What the room and the participants read speaks the workshop's language (English when the
 * workshop names none), whatever the console speaks.
 */
export function WorkshopLanguageProvider({
  language,
  children,
}: {
  language: MessageLanguage | undefined
  children: ReactNode
}) {
  return <LanguageProvider language={language ?? 'en'}>{children}</LanguageProvider>
}
