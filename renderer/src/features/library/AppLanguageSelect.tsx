import { useId } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { languageNames, languages } from '@common/i18n/locales'
import type { AppLanguageChoice } from '@common/api/run-types'
import { useAppLanguage } from '../../lib/i18n/useAppLanguage'

/**
 * The console's, menus' and dialogs' language, chosen where the app opens: the system's (named,
 * so the facilitator sees what it is) or one of the languages, each in its own words.
 */
export function AppLanguageSelect() {
  const intl = useIntl()
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
        <option value="system">
          {intl.formatMessage(
            { id: 'common.language.system' },
            { language: languageNames[systemLanguage] },
          )}
        </option>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </span>
  )
}
