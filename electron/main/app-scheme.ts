import { protocol } from 'electron'
import { appScheme } from '@common/security/app-origin'
import { appPageResponse } from '../services/app-pages/app-page-response'

/**
 * Makes the app's scheme a privileged one: standard (relative URLs, its own origin for the CSP's
 * 'self' and for storage), secure, and with V8's code cache, which Chromium keeps for no `file:`
 * page. Electron takes this only before `ready`, and only once.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/**
 * Serves the built renderer in `rendererDir` on the app's scheme, the console's page with the
 * first screen its last start kept; after `ready`, before a window opens.
 */
export function serveAppPages(
  rendererDir: string,
  firstScreen: { serve(page: string, forConsole: boolean): string },
): void {
  protocol.handle(appScheme, (request) => appPageResponse(rendererDir, request, firstScreen))
}
