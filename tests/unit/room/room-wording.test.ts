import {
  describeStart,
  formatBackAt,
  formatPhaseLength,
  isFreshFlash,
} from '@common/room/room-wording'
import { describeRoomOverflow } from '@common/room/room-shapes'
import { resolveRoomTheme } from '@common/room/room-theme'

const at = (hours: number, minutes: number, seconds = 0) =>
  new Date(2026, 10, 27, hours, minutes, seconds).getTime()

describe('formatPhaseLength', () => {
  it('shows whole minutes as minutes and anything else as m:ss, never decimals', () => {
    expect(formatPhaseLength(3 * 60_000)).toBe('3 min')
    expect(formatPhaseLength(90_000)).toBe('1:30')
    expect(formatPhaseLength(5.6 * 60_000)).toBe('5:36')
    expect(formatPhaseLength(90 * 60_000)).toBe('1 h 30 min')
    expect(formatPhaseLength(120 * 60_000)).toBe('2 h')
    expect(formatPhaseLength(-5000)).toBe('0 min')
  })
})

describe('formatBackAt', () => {
  it('names the minute the break ends, rounded up', () => {
    expect(formatBackAt(at(11, 7, 30))).toBe('Back at 11:08')
    expect(formatBackAt(at(11, 8, 0))).toBe('Back at 11:08')
  })
})

describe('describeStart', () => {
  it('counts down in the last hour, names the time before, and says soon once passed', () => {
    expect(describeStart('09:00', at(8, 55, 48))).toBe('Starts in 4:12')
    expect(describeStart('09:00', at(7, 30))).toBe('Starts at 09:00')
    expect(describeStart('09:00', at(9, 25))).toBe('Starting soon')
    expect(describeStart('09:00', at(9, 0))).toBe('Starting soon')
  })
})

describe('isFreshFlash', () => {
  it('flashes for a recent request only', () => {
    expect(isFreshFlash(1000, 2000)).toBe(true)
    expect(isFreshFlash(1000, 1000 + 60_000)).toBe(false)
    expect(isFreshFlash(null, 2000)).toBe(false)
  })
})

describe('resolveRoomTheme', () => {
  it("takes the session's choice over the workshop's, and dark when neither chose", () => {
    expect(resolveRoomTheme('light', 'highContrast')).toBe('light')
    expect(resolveRoomTheme(null, 'highContrast')).toBe('highContrast')
    expect(resolveRoomTheme(null, undefined)).toBe('dark')
  })
})

describe('describeRoomOverflow', () => {
  it('names each shape where the room cut the prompts', () => {
    expect(describeRoomOverflow({})).toBeNull()
    expect(describeRoomOverflow({ '16:9': false, '4:3': true })).toMatch(
      /^Too long for the room at 4:3/,
    )
    expect(describeRoomOverflow({ '16:9': true, '4:3': true })).toMatch(
      /^Too long for the room at 16:9 \/ 4:3/,
    )
  })
})
