import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'

/** Copies `text` to the clipboard, and says so (or says it could not). */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const intl = useIntl()
  const [said, setSaid] = useState<MessageId | null>(null)
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setSaid('console.lan.copied'),
      () => setSaid('console.lan.copyFailed'),
    )
  }
  return (
    <span className="lan-copy">
      <button
        type="button"
        onClick={copy}
        aria-label={intl.formatMessage({ id: 'console.lan.copyWhat' }, { what })}
      >
        <FormattedMessage id="console.lan.copy" />
      </button>{' '}
      <span role="status">{said === null ? null : <FormattedMessage id={said} />}</span>
    </span>
  )
}
