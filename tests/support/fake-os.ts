import { mkdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { DisplayInfo } from '@common/display/room-placement'
import type { DisplayPort, OsPorts } from '../../electron/services/os-ports'

/** The list of displays cannot be had here either: the test attaches and removes them. */
export class FakeDisplays implements DisplayPort {
  displays: DisplayInfo[] = [
    {
      id: 1,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 25, width: 1440, height: 875 },
      internal: true,
    },
  ]
  primaryId = 1
  placements: { displayId: number | null; rehearsal: boolean }[] = []
  identifications = 0
  private readonly listeners = new Set<() => void>()

  list() {
    return { displays: this.displays, primaryId: this.primaryId }
  }

  placeRoom(displayId: number | null, rehearsal: boolean): void {
    this.placements.push({ displayId, rehearsal })
  }

  identify(): void {
    this.identifications += 1
  }

  fullscreenToggles = 0
  roomWindowOpen = true

  isRoomWindowOpen(): boolean {
    return this.roomWindowOpen
  }

  openRoomWindow(): void {
    this.roomWindowOpen = true
  }

  /** The user closes the room window (its close button, say). */
  closeRoomWindow(): void {
    this.roomWindowOpen = false
    for (const listener of this.listeners) listener()
  }

  toggleRoomFullscreen(): void {
    this.fullscreenToggles += 1
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Plugs a projector in (or, with `attached` false, pulls it out). */
  setProjector(attached: boolean): void {
    this.displays = this.displays.filter((d) => d.id !== 2)
    if (attached) {
      this.displays.push({
        id: 2,
        bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
        workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
        internal: false,
      })
    }
    for (const listener of this.listeners) listener()
  }
}

/**
 * The OS dialogs cannot be shown here, so tests answer them: each answer is taken once, and an
 * unanswered dialog counts as cancelled. The trash is a real folder the test can look into.
 */
export class FakeOs implements OsPorts {
  nextOpenPath: string | null = null
  nextSavePath: string | null = null
  nextFolder: string | null = null
  readonly displays = new FakeDisplays()

  constructor(readonly trashFolder: string) {}

  /** What each open dialog asked for, in order. */
  openDialogs: { title: string; extensions: string[]; kind?: string }[] = []

  chooseFileToOpen(options: {
    title: string
    extensions: string[]
    kind?: string
  }): Promise<string | null> {
    this.openDialogs.push(options)
    const answer = this.nextOpenPath
    this.nextOpenPath = null
    return Promise.resolve(answer)
  }

  chooseFileToSave(): Promise<string | null> {
    const answer = this.nextSavePath
    this.nextSavePath = null
    return Promise.resolve(answer)
  }

  chooseFolder(): Promise<string | null> {
    const answer = this.nextFolder
    this.nextFolder = null
    return Promise.resolve(answer)
  }

  opened: string[] = []

  openFile(path: string): Promise<void> {
    this.opened.push(path)
    return Promise.resolve()
  }

  async moveToTrash(path: string): Promise<void> {
    await mkdir(this.trashFolder, { recursive: true })
    await rename(path, join(this.trashFolder, basename(path)))
  }
}
