export interface NoticeMessage {
  tone: 'error' | 'info'
  text: string
}

/** A message about the last action, announced to screen readers. */
export function Notice({
  message,
  onDismiss,
}: {
  message: NoticeMessage | null
  onDismiss: () => void
}) {
  if (message === null) return null
  return (
    <div
      className={`notice notice-${message.tone}`}
      role={message.tone === 'error' ? 'alert' : 'status'}
    >
      <span className="notice-icon" aria-hidden="true">
        {message.tone === 'error' ? '⚠' : 'ℹ'}
      </span>
      <p className="notice-text">{message.text}</p>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
