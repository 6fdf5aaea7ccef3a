import { ParticipantRoom } from '../../../electron/services/lan/participant-room'

/** A room taking inputs, each device allowed two waiting at a time. */
function openRoom(): ParticipantRoom {
  const room = new ParticipantRoom({ inputsWaitingPerDevice: 2, maxInbox: 100 })
  room.inputsOpen = true
  return room
}

function take(room: ParticipantRoom, device: string, id: string): string | null {
  const problem = room.claimInput(device)
  if (problem !== null) return problem
  room.releaseInput(device)
  room.addInput(device, { id, kind: 'question', name: null, text: id, at: 0 })
  return null
}

describe('a device’s quota of waiting inputs', () => {
  it('counts only its own new inputs, and frees a place when one is shown, answered, done or dropped', () => {
    const room = openRoom()
    expect(take(room, 'a', 'a1')).toBeNull()
    expect(take(room, 'a', 'a2')).toBeNull()
    expect(take(room, 'a', 'a3')).toMatch(/waiting/)
    // Another device has its own quota.
    expect(take(room, 'b', 'b1')).toBeNull()
    for (const action of ['show', 'answered', 'done', 'drop'] as const) {
      const [first] = room.moderation.inbox.filter((i) => i.status === 'new' && i.id[0] === 'a')
      if (first === undefined) throw new Error('no new input from a')
      expect(room.moderate(first.id, action)).toBe(true)
      expect(take(room, 'a', `a-after-${action}`)).toBeNull()
      expect(take(room, 'a', `a-refused-after-${action}`)).toMatch(/waiting/)
    }
  })

  it('keeps a hidden input counted while it is new, and never counts one twice', () => {
    const room = openRoom()
    take(room, 'a', 'a1')
    take(room, 'a', 'a2')
    expect(room.moderate('a1', 'hide')).toBe(true)
    expect(take(room, 'a', 'a3')).toMatch(/waiting/)
    // Shown, then answered: one place freed, not two.
    room.moderate('a1', 'show')
    room.moderate('a1', 'answered')
    expect(take(room, 'a', 'a3')).toBeNull()
    expect(take(room, 'a', 'a4')).toMatch(/waiting/)
  })

  it('shows on the room the input chosen, and nothing once it is dropped', () => {
    const room = openRoom()
    take(room, 'a', 'a1')
    take(room, 'b', 'b1')
    room.moderate('b1', 'show')
    expect(room.room.input).toEqual({ kind: 'question', name: null, text: 'b1' })
    room.moderate('b1', 'drop')
    expect(room.room.input).toBeNull()
  })
})
