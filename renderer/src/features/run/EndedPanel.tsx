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
  const { notice, dismiss, openDebrief } = useRunActions()
  return (
    <section className="ended-panel" aria-label="Session ended">
      <p>The session has ended and its record is saved.</p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => openDebrief(onDebrief)}>
          Open the debrief
        </button>
        <button type="button" onClick={onResume}>
          Ended too soon? Resume the session
        </button>
      </div>
      <Notice message={notice} onDismiss={dismiss} />
    </section>
  )
}
