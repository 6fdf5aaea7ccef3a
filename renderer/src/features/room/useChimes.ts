import { useEffect, useRef, useState } from 'react'
import type { AppPreferences } from '@common/api/contract'
import type { RunState } from '@common/domain/run/run-state'
import { chimeFor, type ChimeFrame } from '@common/domain/run/chimes'
import { remainingMs } from '@common/domain/run/timer'
import { bridge } from '../../lib/bridge'
import { playChime } from '../../lib/chime'
import { useEachFrame } from '../../lib/useFrameNow'

/**
 * Chimes when the phase reaches zero, and softly at the warning threshold, as {@link chimeFor}
 * decides; each phase rings each chime once at most.
 */
export function useChimes(state: RunState | null): void {
  const [preferences, setPreferences] = useState<AppPreferences | null>(null)
  const previous = useRef<ChimeFrame | null>(null)
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

  const running = state?.status === 'running'
  useEffect(() => {
    if (!running) previous.current = null
  }, [running])
  useEachFrame(running, (now) => {
    if (state === null) return
    const current: ChimeFrame = {
      phaseKey: `${state.sessionId}:${String(state.itemIndex)}:${String(state.phaseIndex)}`,
      remainingMs: remainingMs(state, now),
    }
    const cue = chimeFor(previous.current, current, state.workshop.warningSeconds * 1000)
    previous.current = current
    if (cue === null || preferences === null || preferences.muted) return
    const id = `${cue.phaseKey}:${cue.kind}`
    if (played.current.has(id)) return
    played.current.add(id)
    playChime(cue.kind, preferences.soundVolume)
  })
}
