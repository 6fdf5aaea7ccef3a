import { bridge } from '../../lib/bridge'

/** Once the session has ended: on to its debrief, or back into the session if it ended early. */
export function EndedPanel({
  onDebrief,
  onResume,
}: {
  onDebrief: (fileName: string) => void
  onResume: () => void
}) {
  const openDebrief = () => {
    void bridge.getLiveNotes({}).then(async (result) => {
      if (!result.ok || result.value.fileName === null) return
      const fileName = result.value.fileName
      await bridge.closeRun({})
      onDebrief(fileName)
    })
  }
  return (
    <section className="ended-panel" aria-label="Session ended">
      <p>The session has ended and its record is saved.</p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={openDebrief}>
          Open the debrief
        </button>
        <button type="button" onClick={onResume}>
          Ended too soon? Resume the session
        </button>
      </div>
    </section>
  )
}
