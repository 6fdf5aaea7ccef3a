import { FormattedMessage } from 'react-intl'
import type { AppLanguageChoice } from '@common/api/run-types'
import { AppLanguageOptions } from '../../lib/i18n/AppLanguageOptions'
import { useAppLanguage } from '../../lib/i18n/useAppLanguage'

/** The console's language: the system's, or one the facilitator picks (each in its own name). */
export function LanguageChoice() {
  const { choice, systemLanguage, choose } = useAppLanguage()
  if (choice === null || systemLanguage === null) return null
  return (
    <label className="language-choice">
      <FormattedMessage id="console.language" />{' '}
      <select value={choice} onChange={(event) => choose(event.target.value as AppLanguageChoice)}>
        <AppLanguageOptions choice={choice} systemLanguage={systemLanguage} />
      </select>
    </label>
  )
}
