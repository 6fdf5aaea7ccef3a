import { useEffect, useRef, useState } from 'react'
import type { AppPreferences } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import { remainingMs } from '@common/domain/run/timer'
import { bridge } from '../../lib/bridge'
import { playChime, type Chime } from '../../lib/chime'

/**
 * Chimes when the phase reaches zero, and softly at the warning threshold. A chime sounds only
 * when the clock crosses the line while counting, once per phase: pausing, resuming or reloading
 * the window never replays it.
 */
export function useChimes(state: RunState | null, now: number): void {
  const [preferences, setPreferences] = useState<AppPreferences | null>(null)
  const previous = useRef<{ phaseKey: string; remaining: number } | null>(null)
  const played = useRef(new Set<string>())

  useEffect(() => {
    const stopPrefs = bridge.on('preferencesChanged', setPreferences)
    const stopTest = bridge.on('soundTestRequested', () => {
      setPreferences((current) => {
        const volume = current?.muted === false ? current.soundVolume : 0.7
        playChime('warning', volume)
        setTimeout(() => playChime('end', volume), 1200)
        return current
      })
    })
    void bridge.getPreferences({}).then((result) => {
      if (result.ok) setPreferences(result.value)
    })
    return () => {
      stopPrefs()
      stopTest()
    }
  }, [])

  useEffect(() => {
    if (state === null || state.status !== 'running') {
      previous.current = null
      return
    }
    const phaseKey = `${state.sessionId}:${String(state.itemIndex)}:${String(state.phaseIndex)}`
    const remaining = remainingMs(state, now)
    const last = previous.current
    previous.current = { phaseKey, remaining }
    if (last === null) return
    const ring = (key: string, kind: Chime) => {
      const id = `${key}:${kind}`
      if (played.current.has(id) || preferences === null || preferences.muted) return
      played.current.add(id)
      playChime(kind, preferences.soundVolume)
    }
    if (last.phaseKey !== phaseKey) {
      // A phase that advanced on its own at zero (its last frame was within a second of the end).
      if (last.remaining > 0 && last.remaining <= 1000) ring(last.phaseKey, 'end')
      return
    }
    const warningMs = state.workshop.warningSeconds * 1000
    if (last.remaining > 0 && remaining <= 0) ring(phaseKey, 'end')
    else if (warningMs > 0 && last.remaining > warningMs && remaining <= warningMs)
      ring(phaseKey, 'warning')
  }, [state, now, preferences])
}
