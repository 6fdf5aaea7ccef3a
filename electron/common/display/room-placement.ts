/** A rectangle in screen coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The parts of a display that window placement needs, as plain data. */
export interface DisplayInfo {
  id: number
  bounds: Rect
  workArea: Rect
  /** True for the laptop's own panel, when the system says so. */
  internal: boolean
}

/** Where one window goes. */
export interface WindowPlacement {
  displayId: number
  bounds: Rect
  fullscreen: boolean
}

/** Where the console and the room display go. */
export interface Placement {
  console: WindowPlacement
  room: WindowPlacement
  /** True when the room has a display of its own (a projector or second screen). */
  roomHasOwnDisplay: boolean
}

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width)
  const h = Math.min(height, area.height)
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  }
}

function splitSideBySide(area: Rect): [Rect, Rect] {
  const consoleWidth = Math.round(area.width * 0.55)
  return [
    { x: area.x, y: area.y, width: consoleWidth, height: area.height },
    { x: area.x + consoleWidth, y: area.y, width: area.width - consoleWidth, height: area.height },
  ]
}

/**
 * Chooses where the two windows go, from the display list alone.
 *
 * The console stays on the primary display. The room goes fullscreen on the preferred display
 * when it is attached, otherwise on the first other display (external before internal). When the
 * preferred display is the primary one (a system that made the projector its main screen), the
 * two swap: the room takes the primary display and the console moves to the other one, the
 * laptop's own panel first. With one display both open as normal windows side by side, so a
 * facilitator can rehearse on a laptop.
 */
export function chooseRoomPlacement(
  displays: readonly DisplayInfo[],
  primaryId: number,
  preferredRoomId: number | null = null,
): Placement {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0]
  if (primary === undefined) throw new Error('chooseRoomPlacement needs at least one display')
  const others = displays.filter((d) => d.id !== primary.id)
  const consoleElsewhere = others.find((d) => d.internal) ?? others[0]
  if (preferredRoomId === primary.id && consoleElsewhere !== undefined) {
    return onSeparateDisplays(consoleElsewhere, primary)
  }
  const preferred = others.find((d) => d.id === preferredRoomId)
  const roomDisplay = preferred ?? others.find((d) => !d.internal) ?? others[0]

  if (roomDisplay === undefined) {
    const [consoleBounds, roomBounds] = splitSideBySide(primary.workArea)
    return {
      console: { displayId: primary.id, bounds: consoleBounds, fullscreen: false },
      room: { displayId: primary.id, bounds: roomBounds, fullscreen: false },
      roomHasOwnDisplay: false,
    }
  }
  return onSeparateDisplays(primary, roomDisplay)
}

/** The console as a window on its display, the room fullscreen on another. */
function onSeparateDisplays(consoleDisplay: DisplayInfo, roomDisplay: DisplayInfo): Placement {
  return {
    console: {
      displayId: consoleDisplay.id,
      bounds: centred(consoleDisplay.workArea, 1280, 860),
      fullscreen: false,
    },
    room: { displayId: roomDisplay.id, bounds: roomDisplay.bounds, fullscreen: true },
    roomHasOwnDisplay: true,
  }
}
