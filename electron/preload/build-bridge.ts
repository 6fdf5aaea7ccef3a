import { callChannel, eventChannel } from '@common/api/channels'
import type { EventName, FacilitatorBridge } from '@common/api/contract'
import { apiCallNames } from '@common/api/call-names'

/** How the bridge reaches the main process: Electron IPC in the app. */
export interface BridgeTransport {
  invoke(channel: string, arg: unknown): Promise<unknown>
  subscribe(channel: string, deliver: (payload: unknown) => void): () => void
}

/** One function per contract call plus `on`, and nothing else. */
export function buildBridge(transport: BridgeTransport): FacilitatorBridge {
  const calls = Object.fromEntries(
    apiCallNames.map((name) => [
      name,
      (arg: unknown) => transport.invoke(callChannel(name), arg ?? {}),
    ]),
  )
  const on = (event: EventName, listener: (payload: never) => void) =>
    transport.subscribe(eventChannel(event), listener as (payload: unknown) => void)
  return Object.freeze({ ...calls, on }) as unknown as FacilitatorBridge
}
