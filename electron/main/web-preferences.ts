import type { WebPreferences } from 'electron'

/**
 * The settings every window gets: sandboxed, isolated, no Node, and never throttled in the
 * background, since both windows show a clock that must keep time while the other has focus.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    backgroundThrottling: false,
  }
}
