import { useCallback, useEffect, useState } from 'react'
import type { Result } from '@common/api/result'
import type { RosterView } from '@common/domain/grouping/session-roster'
import { bridge } from '../../lib/bridge'

/** Makes one roster call; true when it succeeded, else its message is shown. */
export type RosterCall = (request: () => Promise<Result<unknown>>) => Promise<boolean>

/**
 * The running session's roster and what the room shows of it, kept current in this window, and a
 * way to make a roster call that keeps its failure message for the panel to show.
 */
export function useRoster(): {
  view: RosterView | null
  problem: string | null
  call: RosterCall
} {
  const [view, setView] = useState<RosterView | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const stop = bridge.on('rosterChanged', (changed) => setView(changed))
    void bridge.getRoster({}).then((result) => {
      if (!current) return
      if (result.ok) setView(result.value)
      else setProblem(result.message)
    })
    return () => {
      current = false
      stop()
    }
  }, [])
  const call = useCallback(async <T>(request: () => Promise<Result<T>>) => {
    const result = await request()
    setProblem(result.ok ? null : result.message)
    return result.ok
  }, [])
  return { view, problem, call }
}
