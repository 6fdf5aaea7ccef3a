import { FormattedMessage, useIntl } from 'react-intl'
import { Notice } from '../../components/Notice'
import { useRunActions } from './useRunActions'

/** Once the session has ended: on to its debrief, or back into the session if it ended early. */
export function EndedPanel({
  onDebrief,
  onResume,
}: {
  onDebrief: (fileName: string) => void
  onResume: () => void
}) {
  const intl = useIntl()
  const { notice, dismiss, openDebrief } = useRunActions()
  return (
    <section
      className="ended-panel"
      aria-label={intl.formatMessage({ id: 'console.status.ended' })}
    >
      <p>
        <FormattedMessage id="console.ended.saved" />
      </p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => openDebrief(onDebrief)}>
          <FormattedMessage id="console.ended.openDebrief" />
        </button>
        <button type="button" onClick={onResume}>
          <FormattedMessage id="console.ended.resume" />
        </button>
      </div>
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
