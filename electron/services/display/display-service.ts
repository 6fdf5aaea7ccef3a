import type { DisplaySetup } from '@common/api/contract'
import { chooseRoomPlacement, type DisplayInfo } from '@common/display/room-placement'
import type { DisplayPort } from '../os-ports'
import type { SettingsStore } from '../settings/settings-store'

function labelFor(display: DisplayInfo, index: number, primary: boolean): string {
  const kind = display.internal ? 'built-in screen' : primary ? 'main screen' : 'external display'
  return `Display ${String(index + 1)}: ${kind}, ${String(display.bounds.width)}×${String(display.bounds.height)}`
}

/**
 * Decides where the room display goes and keeps it there: on the chosen display while it is
 * attached, else on the first other display, else beside the console. When a projector is
 * unplugged mid-session the room window comes back to the laptop; the run is not touched.
 */
export class DisplayService {
  private rehearsal = false
  private readonly stopListening: () => void

  constructor(
    private readonly port: DisplayPort,
    private readonly settings: SettingsStore,
    private readonly announce: (setup: DisplaySetup) => void,
  ) {
    this.stopListening = port.onChange(() => this.place())
  }

  get setup(): DisplaySetup {
    const { displays, primaryId } = this.port.list()
    const placement = chooseRoomPlacement(displays, primaryId, this.settings.current.roomDisplayId)
    return {
      displays: displays.map((display, index) => ({
        ...display,
        primary: display.id === primaryId,
        label: labelFor(display, index, display.id === primaryId),
      })),
      roomDisplayId:
        !this.rehearsal && placement.roomHasOwnDisplay ? placement.room.displayId : null,
      rehearsal: this.rehearsal,
      roomWindowOpen: this.port.isRoomWindowOpen(),
    }
  }

  /** Puts the room window where it belongs now and tells the console. */
  place(): DisplaySetup {
    const setup = this.setup
    this.port.placeRoom(setup.roomDisplayId, this.rehearsal)
    this.announce(setup)
    return setup
  }

  async chooseRoomDisplay(displayId: number | null): Promise<DisplaySetup> {
    await this.settings.update((s) => {
      s.roomDisplayId = displayId
    })
    this.rehearsal = false
    if (displayId === null) {
      this.port.placeRoom(null, false)
      const setup = { ...this.setup, roomDisplayId: null }
      this.announce(setup)
      return setup
    }
    return this.place()
  }

  setRehearsal(on: boolean): DisplaySetup {
    this.rehearsal = on
    return this.place()
  }

  /** Opens the room window again (after it was closed) where it belongs, or brings it forward. */
  showRoomWindow(): DisplaySetup {
    this.port.openRoomWindow()
    return this.place()
  }

  identify(): void {
    this.port.identify()
  }

  dispose(): void {
    this.stopListening()
  }
}
