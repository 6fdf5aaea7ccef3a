import { allowedHosts, isOwnHost, isOwnOrigin } from '@common/lan/request-origin'

const hosts = allowedHosts(['192.168.1.20', '127.0.0.1', 'fe80::1'], 4350)

describe('the Host and Origin checks against DNS rebinding', () => {
  it('accept our own addresses with our port, and nothing else', () => {
    expect(isOwnHost('192.168.1.20:4350', hosts)).toBe(true)
    expect(isOwnHost('[fe80::1]:4350', hosts)).toBe(true)
    expect(isOwnHost('192.168.1.20', hosts)).toBe(false)
    expect(isOwnHost('192.168.1.20:80', hosts)).toBe(false)
    expect(isOwnHost('rebound.example:4350', hosts)).toBe(false)
    expect(isOwnHost(undefined, hosts)).toBe(false)
  })

  it('accept no Origin (a page’s own navigation) or our own, and refuse any other site', () => {
    expect(isOwnOrigin(undefined, hosts)).toBe(true)
    expect(isOwnOrigin('http://192.168.1.20:4350', hosts)).toBe(true)
    for (const origin of [
      'http://rebound.example:4350',
      'https://192.168.1.20:4350',
      'http://192.168.1.20:4351',
      'null',
      'http://192.168.1.20:4350/path',
      'file://',
    ])
      expect(isOwnOrigin(origin, hosts), origin).toBe(false)
  })
})
