import { useCallback, useEffect, useState } from 'react'
import type { AppPreferences } from '@common/api/contract'
import { bridge } from '../../lib/bridge'

/**
 * The app's preferences, kept current with every window's changes. `update` applies a change and
 * says why when it applies but could not be saved (a full disk).
 */
export function usePreferences(): {
  preferences: AppPreferences | null
  problem: string | null
  update: (change: Partial<AppPreferences>) => void
} {
  const [preferences, setPreferences] = useState<AppPreferences | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    const stop = bridge.on('preferencesChanged', setPreferences)
    void bridge.getPreferences({}).then((result) => {
      if (current && result.ok) setPreferences(result.value)
    })
    return () => {
      current = false
      stop()
    }
  }, [])
  const update = useCallback((change: Partial<AppPreferences>) => {
    void bridge.updatePreferences(change).then((result) => {
      if (result.ok) setPreferences(result.value)
      setProblem(result.ok ? null : result.message)
    })
  }, [])
  return { preferences, problem, update }
}
