import { useCallback, useEffect, useRef, useState } from 'react'
import type { RunChange, RunCommand, RunSnapshot, Workshop } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

/** The session as the main process holds it, kept current in this window. */
export function useRun(): { snapshot: RunSnapshot | null; send: (command: RunCommand) => void } {
  const [snapshot, setSnapshot] = useState<RunSnapshot | null>(null)
  // Changes carry the workshop only when it changed; the last one received fills the gaps.
  const workshop = useRef<Workshop | null>(null)

  useEffect(() => {
    const reload = () => {
      void bridge.getRun({}).then((result) => {
        if (!result.ok) return
        workshop.current = result.value.state?.workshop ?? null
        setSnapshot(result.value)
      })
    }
    const stop = bridge.on('runChanged', (change: RunChange) => {
      if (change.workshop !== null) workshop.current = change.workshop
      if (change.state === null) {
        setSnapshot({ state: null, needsResumeConfirmation: change.needsResumeConfirmation })
        return
      }
      if (workshop.current === null) {
        reload()
        return
      }
      setSnapshot({
        state: { ...change.state, workshop: workshop.current },
        needsResumeConfirmation: change.needsResumeConfirmation,
      })
    })
    reload()
    return stop
  }, [])

  const send = useCallback((command: RunCommand) => {
    void bridge.runCommand({ command })
  }, [])
  return { snapshot, send }
}
