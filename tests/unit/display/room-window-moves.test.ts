import { planRoomMove } from '@common/display/room-window-moves'

const projector = {
  displayId: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  fullscreen: true,
}
const beside = {
  displayId: 1,
  bounds: { x: 792, y: 25, width: 648, height: 875 },
  fullscreen: false,
}

describe('planRoomMove', () => {
  it('only sizes a window that is not shown yet: fullscreen waits for the show', () => {
    expect(planRoomMove({ shown: false, displayId: null, fullscreen: false }, projector)).toEqual([
      { kind: 'setBounds', bounds: projector.bounds },
    ])
  })

  it('leaves a fullscreen room on its display alone', () => {
    expect(planRoomMove({ shown: true, displayId: 2, fullscreen: true }, projector)).toEqual([])
  })

  it('leaves fullscreen before moving, and enters it again only on a display of its own', () => {
    expect(planRoomMove({ shown: true, displayId: 2, fullscreen: true }, beside)).toEqual([
      { kind: 'leaveFullscreen' },
      { kind: 'setBounds', bounds: beside.bounds },
    ])
    expect(planRoomMove({ shown: true, displayId: 1, fullscreen: false }, projector)).toEqual([
      { kind: 'setBounds', bounds: projector.bounds },
      { kind: 'enterFullscreen' },
    ])
    const third = { ...projector, displayId: 3 }
    expect(planRoomMove({ shown: true, displayId: 2, fullscreen: true }, third)).toEqual([
      { kind: 'leaveFullscreen' },
      { kind: 'setBounds', bounds: third.bounds },
      { kind: 'enterFullscreen' },
    ])
  })

  it('follows a windowed room when its display changes size', () => {
    expect(planRoomMove({ shown: true, displayId: 1, fullscreen: false }, beside)).toEqual([
      { kind: 'setBounds', bounds: beside.bounds },
    ])
  })
})
