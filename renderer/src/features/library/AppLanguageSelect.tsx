import { useId } from 'react'
import { FormattedMessage } from 'react-intl'
import type { AppLanguageChoice } from '@common/api/run-types'
import { AppLanguageOptions } from '../../lib/i18n/AppLanguageOptions'
import { useAppLanguage } from '../../lib/i18n/useAppLanguage'

/**
 * The console's, menus' and dialogs' language, chosen where the app opens: the system's (named,
 * so the facilitator sees what it is) or one of the languages, each in its own words.
 */
export function AppLanguageSelect() {
  const id = useId()
  const { choice, systemLanguage, choose } = useAppLanguage()
  if (choice === null || systemLanguage === null) return null
  return (
    <span className="app-language">
      <label htmlFor={id}>
        <FormattedMessage id="library.language" />
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => choose(event.target.value as AppLanguageChoice)}
      >
        <AppLanguageOptions choice={choice} systemLanguage={systemLanguage} />
      </select>
    </span>
  )
}
