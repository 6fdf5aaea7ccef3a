import { isAppUrl, isSafeExternalUrl } from '@common/security/trusted-url'

describe('isAppUrl', () => {
  const built = 'file:///opt/facilitator/out/renderer/index.html'
  it('accepts the built page with any hash or query', () => {
    expect(isAppUrl('file:///opt/facilitator/out/renderer/index.html#/room', built)).toBe(true)
    expect(isAppUrl('file:///opt/facilitator/out/renderer/index.html?x=1', built)).toBe(true)
  })
  it('refuses other files, other hosts and other schemes', () => {
    expect(isAppUrl('file:///tmp/evil.html', built)).toBe(false)
    expect(isAppUrl('file://server/opt/facilitator/out/renderer/index.html', built)).toBe(false)
    expect(isAppUrl('https://example.org/index.html', built)).toBe(false)
    expect(isAppUrl('not a url', built)).toBe(false)
  })
  it('accepts only the dev server origin in development', () => {
    const dev = 'http://localhost:5173/'
    expect(isAppUrl('http://localhost:5173/#/console', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
  })
})

describe('isSafeExternalUrl', () => {
  it('allows plain https links only', () => {
    expect(isSafeExternalUrl('https://liblab.labs.si.umich.edu/')).toBe(true)
    expect(isSafeExternalUrl('http://example.org/')).toBe(false)
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false)
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false)
    expect(isSafeExternalUrl('https://user:pw@example.org/')).toBe(false)
    expect(isSafeExternalUrl('')).toBe(false)
  })
})
