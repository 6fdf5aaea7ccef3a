import { bridge } from '../../lib/bridge'

/** Once the session has ended: on to its debrief. */
export function EndedPanel({ onDebrief }: { onDebrief: (fileName: string) => void }) {
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
      <button type="button" className="button-primary" onClick={openDebrief}>
        Open the debrief
      </button>
    </section>
  )
}
