import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import { Notice, type NoticeMessage } from '../../components/Notice'

// The preferences keep at most these (their schema refuses more).
const maxPresets = 30
const maxLength = 280

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
  const intl = useIntl()
  const [draft, setDraft] = useState<string | null>(null)
  const text = draft ?? presets.join('\n')
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const tooLong = lines.find((line) => line.length > maxLength)
  const tooMany = lines.length > maxPresets
  return (
    <details className="presets-editor">
      <summary>
        <FormattedMessage id="console.presets.edit" />
      </summary>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (tooLong !== undefined || tooMany) return
          onSave(lines)
          setDraft(null)
        }}
      >
        <label htmlFor="message-presets-text">
          <FormattedMessage id="console.presets.oneALine" />
        </label>
        <textarea
          id="message-presets-text"
          rows={5}
          value={text}
          aria-describedby="message-presets-problem"
          onChange={(event) => setDraft(event.target.value)}
        />
        <p id="message-presets-problem" className="warning-text">
          {tooMany
            ? intl.formatMessage({ id: 'console.presets.tooMany' }, { count: maxPresets })
            : tooLong !== undefined
              ? intl.formatMessage({ id: 'console.presets.tooLong' }, { count: maxLength })
              : ''}
        </p>
        <button type="submit" disabled={draft === null || tooMany || tooLong !== undefined}>
          <FormattedMessage id="console.presets.save" />
        </button>
        <Notice message={notice} onDismiss={onDismiss} />
      </form>
    </details>
  )
}
