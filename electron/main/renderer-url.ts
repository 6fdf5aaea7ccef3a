import { appPageUrl } from '@common/security/app-origin'

/**
 * The URL the windows load: the dev server while developing, else the built renderer on the
 * app's own scheme (see app-scheme.ts). Only pages under this URL may call the bridge.
 */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL
  if (devServer !== undefined && devServer !== '') return devServer
  return appPageUrl
}

/** True when the windows load the dev server (`npm run dev`), where reload and dev tools belong. */
export function isDevServer(appUrl: string): boolean {
  return appUrl !== appPageUrl
}
