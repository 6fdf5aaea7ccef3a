import { pathToFileURL } from 'node:url'
import { appPageUrl } from '@common/security/app-origin'
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
  describe('on Windows', () => {
    // The app's URL as main builds it there (Node, from the path it was started with), and the
    // page's URL as Chromium reports it (drive letter in capitals).
    const windowsApp = (path: string) => pathToFileURL(path, { windows: true }).href
    it('accepts the page whatever the case of the drive letter or the path', () => {
      const app = windowsApp(
        'c:\\Program Files\\Facilitator\\resources\\app.asar\\out\\renderer\\index.html',
      )
      expect(app.startsWith('file:///c:/')).toBe(true)
      const page =
        'file:///C:/Program%20Files/Facilitator/resources/app.asar/out/renderer/index.html#/room'
      expect(isAppUrl(page, app)).toBe(true)
      expect(isAppUrl(page.replace('Program%20Files', 'PROGRAM%20FILES'), app)).toBe(true)
    })
    it('accepts the page from a UNC share, and no other share or file', () => {
      const app = windowsApp('\\\\Server\\apps\\Facilitator\\out\\renderer\\index.html')
      expect(app).toBe('file://server/apps/Facilitator/out/renderer/index.html')
      expect(isAppUrl('file://SERVER/apps/facilitator/out/renderer/index.html#/console', app)).toBe(
        true,
      )
      expect(isAppUrl('file://other/apps/Facilitator/out/renderer/index.html', app)).toBe(false)
      expect(isAppUrl('file:///C:/apps/Facilitator/out/renderer/index.html', app)).toBe(false)
      expect(isAppUrl('file://server/apps/Facilitator/out/renderer/evil.html', app)).toBe(false)
    })
    it('refuses a page on another drive or a malformed path', () => {
      const app = windowsApp('C:\\Facilitator\\out\\renderer\\index.html')
      expect(isAppUrl('file:///D:/Facilitator/out/renderer/index.html', app)).toBe(false)
      expect(isAppUrl('file:///C:/Facilitator/out/renderer/%E0%A4%A.html', app)).toBe(false)
    })
  })

  it('keeps case on other systems, where paths are case-sensitive', () => {
    expect(isAppUrl('file:///OPT/facilitator/out/renderer/index.html', built)).toBe(false)
  })

  it('accepts only the console page of the app scheme, whatever the view', () => {
    expect(isAppUrl(`${appPageUrl}#/room`, appPageUrl)).toBe(true)
    expect(isAppUrl(`${appPageUrl}?x=1#/console`, appPageUrl)).toBe(true)
    expect(isAppUrl('app://facilitator/phone.html', appPageUrl)).toBe(false)
    expect(isAppUrl('app://facilitator/assets/index.js', appPageUrl)).toBe(false)
    expect(isAppUrl('app://other/index.html', appPageUrl)).toBe(false)
    expect(isAppUrl('app://someone@facilitator/index.html', appPageUrl)).toBe(false)
    expect(isAppUrl('other://facilitator/index.html', appPageUrl)).toBe(false)
    expect(isAppUrl('file:///index.html', appPageUrl)).toBe(false)
    expect(isAppUrl('http://facilitator/index.html', appPageUrl)).toBe(false)
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
