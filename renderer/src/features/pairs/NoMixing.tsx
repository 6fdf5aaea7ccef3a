import { useIntl } from 'react-intl'

/** The choice of a mix-by select that mixes by nothing. */
export function NoMixing() {
  const intl = useIntl()
  return <option value="">{intl.formatMessage({ id: 'console.pairs.noMixing' })}</option>
}
