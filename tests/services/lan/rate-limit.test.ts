import { RateLimit } from '../../../electron/services/lan/rate-limit'

describe('the rate limit per connection', () => {
  it('allows a burst, then the steady rate, and refuses what is beyond', () => {
    const limit = new RateLimit(10, 3, 0)
    expect([1, 2, 3, 4].map(() => limit.take(0))).toEqual([true, true, true, false])
    expect(limit.take(50)).toBe(false)
    expect(limit.take(100)).toBe(true)
    expect(limit.take(100)).toBe(false)
  })

  it('never saves up more than the burst, however long the page was quiet', () => {
    const limit = new RateLimit(10, 3, 0)
    const taken = Array.from({ length: 10 }, () => limit.take(3_600_000)).filter(Boolean)
    expect(taken).toHaveLength(3)
  })
})
