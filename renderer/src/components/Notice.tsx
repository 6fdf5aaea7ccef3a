import type { ReactNode } from 'react'
import { FormattedMessage } from 'react-intl'

export interface NoticeMessage {
  tone: 'error' | 'info'
  text: string
}

// Symbols, not words: the same in every language.
const icons: Readonly<Record<NoticeMessage['tone'], string>> = { error: '⚠', info: 'ℹ' }

/**
 * A message about the last action, announced to screen readers, in the place the action was
 * asked for. Every call's failure in the console is shown this way; `children` are actions that
 * go with the message (before Dismiss).
 */
export function Notice({
  message,
  onDismiss,
  children,
}: {
  message: NoticeMessage | null
  onDismiss: () => void
  children?: ReactNode
}) {
  if (message === null) return null
  return (
    <div
      className={`notice notice-${message.tone}`}
      role={message.tone === 'error' ? 'alert' : 'status'}
    >
      <span className="notice-icon" aria-hidden="true">
        {icons[message.tone]}
      </span>
      <p className="notice-text">{message.text}</p>
      {children}
      <button type="button" className="button-quiet" onClick={onDismiss}>
        <FormattedMessage id="common.dismiss" />
      </button>
    </div>
  )
}
