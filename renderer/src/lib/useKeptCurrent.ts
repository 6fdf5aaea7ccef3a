import { useEffect, useState, type Dispatch, type SetStateAction } from 'react'
import type { EventName, FacilitatorEvents } from '@common/api/contract'
import type { Result } from '@common/api/result'
import { bridge } from './bridge'
import type { BridgeCall } from './useCallNotice'

/**
 * A value the main process announces with `event`, read once through `call` when the component
 * mounts and kept current by the event after. A change announced before the read's answer is
 * newer than it, so the answer fills the value only when nothing came first. Returns the value and
 * its setter, for calls that answer with the new value.
 */
export function useKeptCurrent<E extends EventName>(
  event: E,
  read: () => Promise<Result<FacilitatorEvents[E]>>,
  call: BridgeCall,
): [FacilitatorEvents[E] | null, Dispatch<SetStateAction<FacilitatorEvents[E] | null>>] {
  const [value, setValue] = useState<FacilitatorEvents[E] | null>(null)
  useEffect(() => {
    const stop = bridge.on(event, setValue)
    void call(read(), (answer) => setValue((current) => current ?? answer))
    return stop
    // The value is read once, when mounted: `read` names the same bridge call at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event, call])
  return [value, setValue]
}
