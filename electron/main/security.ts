import type { WebContents } from 'electron'
import { isSafeExternalUrl } from '@common/security/trusted-url'

/** The parts of a WebContents this guard uses, so it can be tested without Electron. */
export type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>

/**
 * No page may open windows or navigate away from the app. An https link is handed to the system
 * browser (`openExternal`) instead; anything else is dropped.
 */
export function denyNewWindowsAndNavigation(
  contents: GuardedContents,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
