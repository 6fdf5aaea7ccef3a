import { powerSaveBlocker } from 'electron'
import type { EventName, FacilitatorEvents } from '@common/api/contract'

/** Keeps the projector from sleeping while a session is running or paused, and only then. */
export function keepDisplayAwakeDuringSessions() {
  let blocker: number | null = null
  const stop = () => {
    if (blocker !== null) powerSaveBlocker.stop(blocker)
    blocker = null
  }
  return {
    observe<E extends EventName>(event: E, payload: FacilitatorEvents[E]): void {
      if (event !== 'runChanged') return
      const status = (payload as FacilitatorEvents['runChanged']).state?.status
      const active = status === 'running' || status === 'paused'
      if (active && blocker === null) blocker = powerSaveBlocker.start('prevent-display-sleep')
      if (!active) stop()
    },
    stop,
  }
}
