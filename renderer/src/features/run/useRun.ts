import { useCallback, useEffect, useState } from 'react'
import type { RunCommand, RunSnapshot } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

/** The session as the main process holds it, kept current in this window. */
export function useRun(): { snapshot: RunSnapshot | null; send: (command: RunCommand) => void } {
  const [snapshot, setSnapshot] = useState<RunSnapshot | null>(null)
  useEffect(() => {
    const stop = bridge.on('runChanged', setSnapshot)
    void bridge.getRun({}).then((result) => {
      if (result.ok) setSnapshot(result.value)
    })
    return stop
  }, [])
  const send = useCallback((command: RunCommand) => {
    void bridge.runCommand({ command })
  }, [])
  return { snapshot, send }
}
