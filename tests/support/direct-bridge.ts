import type { EventName, FacilitatorBridge } from '@common/api/contract'
import { createDispatch } from '@common/api/dispatch'
import { apiCallNames } from '@common/api/schemas'
import type { TestServices } from './test-services'

/**
 * A bridge for component tests: each call goes through the real dispatch (validation included)
 * to the real services, in the same process; events are delivered to the listeners directly.
 */
export function directBridge(app: TestServices): FacilitatorBridge {
  const dispatch = createDispatch(app.services.handlers, () => true)
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  app.forward = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) (listener as (p: unknown) => void)(payload)
  }
  const calls = Object.fromEntries(
    apiCallNames.map((name) => [
      name,
      (arg: unknown) => dispatch({ name, arg, senderUrl: 'test:' }),
    ]),
  )
  const on = (event: EventName, listener: (payload: never) => void) => {
    const set = listeners.get(event) ?? new Set()
    set.add(listener)
    listeners.set(event, set)
    return () => set.delete(listener)
  }
  return { ...calls, on } as unknown as FacilitatorBridge
}
