import { useIntl } from 'react-intl'
import {
  languageNames,
  languages,
  pseudoLanguage,
  type MessageLanguage,
} from '@common/i18n/locales'
import { SelectField } from './SelectField'

interface WorkshopLanguageFieldProps {
  /** The file's `language`; absent means English. */
  value: MessageLanguage | undefined
  onChange: (value: MessageLanguage) => void
}

/**
 * The language the room, the phones and the printed pages speak, each named in its own words.
 * The test language is not offered, but a file that already names it keeps it and shows it.
 */
export function WorkshopLanguageField({ value = 'en', onChange }: WorkshopLanguageFieldProps) {
  const intl = useIntl()
  const options: { value: MessageLanguage; label: string; lang?: string }[] = languages.map(
    (language) => ({ value: language, label: languageNames[language], lang: language }),
  )
  if (value === pseudoLanguage) options.push({ value, label: pseudoLanguage })
  return (
    <SelectField
      label={intl.formatMessage({ id: 'editor.workshop.language' })}
      hint={intl.formatMessage({ id: 'editor.workshop.languageHint' })}
      path="language"
      value={value}
      options={options}
      onChange={onChange}
    />
  )
}
