import type { ReactNode } from 'react'
import { LanguageProvider } from './LanguageProvider'
import { useAppLanguage } from './useAppLanguage'

/** The console and its screens speak the app's language (the facilitator's choice, or the system's). */
export function AppLanguageProvider({ children }: { children: ReactNode }) {
  const { language } = useAppLanguage()
  return <LanguageProvider language={language}>{children}</LanguageProvider>
}
