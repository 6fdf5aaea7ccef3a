import { useContext, type ReactNode } from 'react'
import type { MessageLanguage } from '@common/i18n/locales'
import { LanguageProvider } from './LanguageProvider'
import { SpokenLanguageContext } from './spoken-language'

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
  const spoken = useContext(SpokenLanguageContext)
  // Already spoken around it (the room window when the app speaks the workshop's language, the
  // phone pages): nothing to fetch, and nothing blank for a frame.
  if (spoken === (language ?? 'en')) return children
  return <LanguageProvider language={language ?? 'en'}>{children}</LanguageProvider>
}
