import { useState } from 'react'
import { Notice, type NoticeMessage } from '../../components/Notice'

/** The facilitator's own list of messages, one a line, kept in the app's settings. */
export function MessagePresetsEditor({
  presets,
  onSave,
  notice,
  onDismiss,
}: {
  presets: string[]
  onSave: (presets: string[]) => void
  /** Why the last save did not keep the presets (a full disk). */
  notice: NoticeMessage | null
  onDismiss: () => void
}) {
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? presets.join('\n')
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const tooLong = lines.find((line) => line.length > 280)
  const tooMany = lines.length > 30
  return (
    <details className="presets-editor">
      <summary>Edit the message presets</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (tooLong !== undefined || tooMany) return
          onSave(lines)
          setDraft(null)
        }}
      >
        <label htmlFor="message-presets-text">One message a line</label>
        <textarea
          id="message-presets-text"
          rows={5}
          value={text}
          aria-describedby="message-presets-problem"
          onChange={(event) => setDraft(event.target.value)}
        />
        <p id="message-presets-problem" className="warning-text">
          {tooMany
            ? 'At most 30 messages.'
            : tooLong !== undefined
              ? 'A message can be at most 280 characters.'
              : ''}
        </p>
        <button type="submit" disabled={draft === null || tooMany || tooLong !== undefined}>
          Save the presets
        </button>
        <Notice message={notice} onDismiss={onDismiss} />
      </form>
    </details>
  )
}
