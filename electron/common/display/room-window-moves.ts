import type { Rect, WindowPlacement } from './room-placement'

/** Where the room window is now, as far as placement is concerned. */
export interface RoomWindowState {
  /** False until the window is first shown: until then only its bounds are set. */
  shown: boolean
  /** The display it was last placed on, or null before the first placement. */
  displayId: number | null
  fullscreen: boolean
}

/** One change to the room window, applied in order. */
export type RoomWindowStep =
  { kind: 'leaveFullscreen' } | { kind: 'setBounds'; bounds: Rect } | { kind: 'enterFullscreen' }

/**
 * The changes that take the room window from where it is to a new placement, and no more.
 * Leaving and re-entering fullscreen animates on the projector (macOS plays a full-screen
 * transition), so a placement on the display the window already fills changes nothing; a
 * window not yet shown only gets its bounds, and enters fullscreen once it is shown.
 */
export function planRoomMove(current: RoomWindowState, target: WindowPlacement): RoomWindowStep[] {
  if (!current.shown) return [{ kind: 'setBounds', bounds: target.bounds }]
  const sameDisplay = current.displayId === target.displayId
  if (sameDisplay && current.fullscreen && target.fullscreen) return []
  const steps: RoomWindowStep[] = []
  if (current.fullscreen) steps.push({ kind: 'leaveFullscreen' })
  steps.push({ kind: 'setBounds', bounds: target.bounds })
  if (target.fullscreen) steps.push({ kind: 'enterFullscreen' })
  return steps
}
