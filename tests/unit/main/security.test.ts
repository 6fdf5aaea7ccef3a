import { denyNewWindowsAndNavigation, type GuardedContents } from '../../../electron/main/security'

type Handler = Parameters<GuardedContents['setWindowOpenHandler']>[0]

function fakeContents() {
  let openHandler: Handler | null = null
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
  const contents = {
    setWindowOpenHandler: (handler: Handler) => {
      openHandler = handler
    },
    on: (event: string, listener: (event: { preventDefault(): void }) => void) => {
      listeners.set(event, listener)
      return contents
    },
  }
  return {
    contents: contents as unknown as GuardedContents,
    open: (url: string) => openHandler!({ url } as Parameters<Handler>[0]),
    fire: (event: string) => {
      let prevented = false
      listeners.get(event)?.({ preventDefault: () => (prevented = true) })
      return prevented
    },
  }
}

describe('denyNewWindowsAndNavigation', () => {
  it('denies every new window, handing only https links to the system browser', () => {
    const opened: string[] = []
    const fake = fakeContents()
    denyNewWindowsAndNavigation(fake.contents, (url) => {
      opened.push(url)
      return Promise.resolve()
    })
    for (const url of [
      'https://liblab.labs.si.umich.edu/',
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(fake.open(url)).toEqual({ action: 'deny' })
    }
    expect(opened).toEqual(['https://liblab.labs.si.umich.edu/'])
  })

  it('prevents navigation, redirects and webviews', () => {
    const fake = fakeContents()
    denyNewWindowsAndNavigation(fake.contents, () => Promise.resolve())
    expect(fake.fire('will-navigate')).toBe(true)
    expect(fake.fire('will-redirect')).toBe(true)
    expect(fake.fire('will-attach-webview')).toBe(true)
  })
})
