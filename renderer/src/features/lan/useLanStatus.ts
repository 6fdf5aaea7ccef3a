import { useCallback, useEffect, useState } from 'react'
import type { Result } from '@common/api/result'
import type { LanStatus } from '@common/lan/lan-status'
import { bridge } from '../../lib/bridge'

/**
 * Whether the session is open to the room's network, kept current by the `lanChanged` event.
 * `apply` takes a call that answers with the status, so the console shows it at once, and keeps
 * a failed call's message to show.
 */
export function useLanStatus(): {
  status: LanStatus | null
  failure: string | null
  apply: (call: Promise<Result<LanStatus>>) => void
} {
  const [status, setStatus] = useState<LanStatus | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const stop = bridge.on('lanChanged', setStatus)
    void bridge.getLanStatus({}).then((result) => {
      if (current && result.ok) setStatus(result.value)
    })
    return () => {
      current = false
      stop()
    }
  }, [])
  const apply = useCallback((call: Promise<Result<LanStatus>>) => {
    void call.then((result) => {
      if (result.ok) {
        setStatus(result.value)
        setFailure(null)
      } else setFailure(result.message)
    })
  }, [])
  return { status, failure, apply }
}
