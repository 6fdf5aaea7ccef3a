import { createContext } from 'react'
import type { MessageLanguage } from '@common/i18n/locales'

/**
 * The language the nearest provider above speaks (null above every provider), so a part that
 * must speak a given language fetches nothing when it is already spoken around it.
 */
export const SpokenLanguageContext = createContext<MessageLanguage | null>(null)
