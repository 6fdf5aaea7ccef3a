import { useCallback, useEffect, useState } from 'react'
import type { AppPreferences } from '@common/api/contract'
import type { AppLanguageChoice } from '@common/api/run-types'
import type { Language, MessageLanguage } from '@common/i18n/locales'
import { bridge } from '../bridge'
import { EarlyRead } from '../early-read'

/** The preferences the windows' first screens speak in; started by the app before React renders. */
export const firstPreferences = new EarlyRead(
  () => bridge.getPreferences({}),
  (changed) => bridge.on('preferencesChanged', changed),
)

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
  // Drawn at once when the early read is already here (the windows wait for it to start).
  const [first] = useState<AppPreferences | null>(() => {
    const early = firstPreferences.peek()
    return early?.ok === true ? early.value : null
  })
  const [preferences, setPreferences] = useState(first)
  useEffect(() => {
    const stop = bridge.on('preferencesChanged', setPreferences)
    void firstPreferences.take().then((answer) => {
      // A change announced since this window started listening is newer than this answer.
      if (answer.ok) setPreferences((current) => (current === first ? answer.value : current))
      else console.error(`The app's language could not be read: ${answer.message}`)
    })
    return stop
  }, [first])
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
