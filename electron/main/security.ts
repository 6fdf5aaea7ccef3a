import { shell, type WebContents } from 'electron'
import { isSafeExternalUrl } from '@common/security/trusted-url'

/**
 * No page may open windows or navigate away from the app. An https link is handed to the system
 * browser instead; anything else is dropped.
 */
export function denyNewWindowsAndNavigation(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
