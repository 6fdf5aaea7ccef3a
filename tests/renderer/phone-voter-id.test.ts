import { voterId } from '../../renderer/src/phone/voter-id'

describe('a phone’s id for votes', () => {
  it('is the same after the page reloads, so a second ballot replaces the first', () => {
    const stored = new Map<string, string>()
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    }
    const first = voterId(storage)
    expect(first).toMatch(/^[0-9a-f]{32}$/)
    expect(voterId(storage)).toBe(first)
  })

  it('is still made when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('SecurityError')
      },
    }
    expect(voterId(refusing)).toMatch(/^[0-9a-f]{32}$/)
    expect(voterId(null)).toMatch(/^[0-9a-f]{32}$/)
  })
})
