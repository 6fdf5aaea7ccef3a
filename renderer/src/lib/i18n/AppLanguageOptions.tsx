import { useIntl } from 'react-intl'
import type { AppLanguageChoice } from '@common/api/run-types'
import { languageNames, languages, pseudoLanguage, type Language } from '@common/i18n/locales'

/**
 * The choices of the app's language, for a `<select>`: the system's (named, so the facilitator
 * sees what it is), then each language in its own words. The test language is listed only while
 * it is chosen (a layout test sets it), and says that it is one.
 */
export function AppLanguageOptions({
  choice,
  systemLanguage,
}: {
  choice: AppLanguageChoice
  systemLanguage: Language
}) {
  const intl = useIntl()
  return (
    <>
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
      {choice === pseudoLanguage && (
        <option value={pseudoLanguage}>
          {intl.formatMessage({ id: 'common.language.test' }, { tag: pseudoLanguage })}
        </option>
      )}
    </>
  )
}
