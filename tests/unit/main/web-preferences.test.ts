import { secureWebPreferences } from '../../../electron/main/web-preferences'

describe('secureWebPreferences', () => {
  it('turns the sandbox and isolation on and Node off, explicitly', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      backgroundThrottling: false,
    })
  })
})
