import { callChannel, eventChannel, eventNames } from '@common/api/channels'
import { apiCallNames } from '@common/api/schemas'
import { buildBridge } from '../../../electron/preload/build-bridge'

describe('the preload bridge', () => {
  it('exposes exactly one function per contract call, plus on, and nothing else', () => {
    const bridge = buildBridge({
      invoke: () => Promise.resolve(null),
      subscribe: () => () => undefined,
    })
    expect(Object.keys(bridge).sort()).toEqual([...apiCallNames, 'on'].sort())
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('sends each call on its own channel and each event from its own channel', async () => {
    const sent: [string, unknown][] = []
    const subscribed: string[] = []
    const bridge = buildBridge({
      invoke: (channel, arg) => {
        sent.push([channel, arg])
        return Promise.resolve(null)
      },
      subscribe: (channel) => {
        subscribed.push(channel)
        return () => undefined
      },
    })
    await bridge.openWorkshop({ ref: { source: 'builtin', id: 'x' } })
    bridge.on('roomChanged', () => undefined)
    expect(sent).toEqual([[callChannel('openWorkshop'), { ref: { source: 'builtin', id: 'x' } }]])
    expect(subscribed).toEqual([eventChannel('roomChanged')])
    expect(new Set(apiCallNames.map(callChannel)).size).toBe(apiCallNames.length)
    expect(eventNames).toContain('runChanged')
    expect(new Set(eventNames.map(eventChannel)).size).toBe(eventNames.length)
  })
})
