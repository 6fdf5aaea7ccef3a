import type { Display } from 'electron'
import type { DisplayInfo } from '@common/display/room-placement'

/** The parts of Electron's display that placement needs, as plain data. */
export function toDisplayInfo(display: Display): DisplayInfo {
  return {
    id: display.id,
    bounds: display.bounds,
    workArea: display.workArea,
    internal: display.internal,
  }
}
