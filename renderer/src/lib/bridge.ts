import type { FacilitatorBridge } from '@common/api/contract'
import { apiCallNames } from '@common/api/call-names'
import { fail } from '@common/api/result'

declare global {
  interface Window {
    /** Exposed by the preload; reached only through this module. */
    readonly facilitator?: FacilitatorBridge
  }
}

function missingBridge(): never {
  throw new Error('The Facilitator bridge is missing: this page must run inside the app.')
}

/**
 * The phone pages served on the room's network (marked in their HTML) reach the computer only
 * through their live channel. The room components they share with the app read pictures through
 * the bridge: here every call answers that it is not available, and they fall back as for a
 * picture that cannot be read (the room shows its description).
 */
function phonePageBridge(): FacilitatorBridge {
  const bridge: Record<string, unknown> = { on: () => () => undefined }
  for (const name of apiCallNames)
    bridge[name] = () =>
      Promise.resolve(fail('not-found', 'Not available on a page opened from the network.'))
  return Object.freeze(bridge) as unknown as FacilitatorBridge
}

/** The one object through which the renderer talks to the main process. */
export const bridge: FacilitatorBridge =
  window.facilitator ??
  (document.documentElement.dataset.page === 'phone' ? phonePageBridge() : missingBridge())
