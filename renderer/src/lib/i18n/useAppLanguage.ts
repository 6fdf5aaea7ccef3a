import { useCallback, useEffect, useState } from 'react'
import type { AppPreferences } from '@common/api/contract'
import type { AppLanguageChoice } from '@common/api/run-types'
import type { Language, MessageLanguage } from '@common/i18n/locales'
import { bridge } from '../bridge'

/** The language `preferences` have the app speak: the one chosen, or the system's. */
export function appLanguageOf(preferences: Pick<AppPreferences, 'appLanguage' | 'systemLanguage'>) {
  return preferences.appLanguage === 'system' ? preferences.systemLanguage : preferences.appLanguage
}

/**
 * The language of the console, its menus and its dialogs, kept current when the facilitator
 * changes it in any window; null until the preferences are read. `choose` changes it.
 */
export function useAppLanguage(): {
  language: MessageLanguage | null
  choice: AppLanguageChoice | null
  systemLanguage: Language | null
  choose: (choice: AppLanguageChoice) => void
} {
  const [preferences, setPreferences] = useState<AppPreferences | null>(null)
  useEffect(() => {
    const stop = bridge.on('preferencesChanged', setPreferences)
    void bridge.getPreferences({}).then((answer) => {
      // A change announced before this answer is newer than it.
      if (answer.ok) setPreferences((current) => current ?? answer.value)
      else console.error(`The app's language could not be read: ${answer.message}`)
    })
    return stop
  }, [])
  const choose = useCallback((choice: AppLanguageChoice) => {
    void bridge.updatePreferences({ appLanguage: choice }).then((answer) => {
      if (answer.ok) setPreferences(answer.value)
    })
  }, [])
  return {
    language: preferences === null ? null : appLanguageOf(preferences),
    choice: preferences?.appLanguage ?? null,
    systemLanguage: preferences?.systemLanguage ?? null,
    choose,
  }
}
