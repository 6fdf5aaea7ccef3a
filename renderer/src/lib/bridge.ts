import type { FacilitatorBridge } from '@common/api/contract'

declare global {
  interface Window {
    /** Exposed by the preload; reached only through this module. */
    readonly facilitator?: FacilitatorBridge
  }
}

function missingBridge(): never {
  throw new Error('The Facilitator bridge is missing: this page must run inside the app.')
}

/** The one object through which the renderer talks to the main process. */
export const bridge: FacilitatorBridge = window.facilitator ?? missingBridge()
