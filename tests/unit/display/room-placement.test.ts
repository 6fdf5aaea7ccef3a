import { chooseRoomPlacement, type DisplayInfo } from '@common/display/room-placement'

const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  internal: true,
}
const projector: DisplayInfo = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  internal: false,
}
const monitor: DisplayInfo = { ...projector, id: 3, bounds: { ...projector.bounds, x: 3360 } }

describe('chooseRoomPlacement', () => {
  it('opens both windows side by side on a single display, neither fullscreen', () => {
    const placement = chooseRoomPlacement([laptop], 1)
    expect(placement.roomHasOwnDisplay).toBe(false)
    expect(placement.console).toMatchObject({ displayId: 1, fullscreen: false })
    expect(placement.room).toMatchObject({ displayId: 1, fullscreen: false })
    const { console: c, room: r } = placement
    expect(c.bounds.x + c.bounds.width).toBe(r.bounds.x)
    expect(c.bounds.width + r.bounds.width).toBe(laptop.workArea.width)
  })

  it('puts the room fullscreen on the second display and keeps the console on the primary', () => {
    const placement = chooseRoomPlacement([laptop, projector], 1)
    expect(placement.roomHasOwnDisplay).toBe(true)
    expect(placement.room).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true })
    expect(placement.console.displayId).toBe(1)
    expect(placement.console.fullscreen).toBe(false)
  })

  it('follows the primary display wherever it is in the list', () => {
    const placement = chooseRoomPlacement([projector, laptop], 1)
    expect(placement.console.displayId).toBe(1)
    expect(placement.room.displayId).toBe(2)
  })

  it('prefers an external display over another internal one, and a chosen display over both', () => {
    const secondPanel = { ...laptop, id: 4, bounds: { ...laptop.bounds, x: -1440 } }
    expect(chooseRoomPlacement([laptop, secondPanel, projector], 1).room.displayId).toBe(2)
    expect(chooseRoomPlacement([laptop, projector, monitor], 1, 3).room.displayId).toBe(3)
    expect(chooseRoomPlacement([laptop, projector], 1, 99).room.displayId).toBe(2)
  })

  it('swaps when the primary display is chosen for the room: the console goes to the laptop', () => {
    // A system that made the projector its main screen.
    const placement = chooseRoomPlacement([projector, laptop], 2, 2)
    expect(placement.roomHasOwnDisplay).toBe(true)
    expect(placement.room).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true })
    expect(placement.console).toMatchObject({ displayId: 1, fullscreen: false })
    const { bounds } = placement.console
    expect(bounds.x).toBeGreaterThanOrEqual(laptop.workArea.x)
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.workArea.x + laptop.workArea.width)
  })

  it('keeps both windows side by side when the primary is chosen but is the only display', () => {
    const placement = chooseRoomPlacement([laptop], 1, 1)
    expect(placement.roomHasOwnDisplay).toBe(false)
    expect(placement.room.displayId).toBe(1)
  })

  it('refuses an empty display list', () => {
    expect(() => chooseRoomPlacement([], 1)).toThrow(/at least one display/)
  })
})
