import { pathToFileURL } from 'node:url'
import { join } from 'node:path'

/**
 * The URL the windows load: the dev server while developing, else the built index.html. Only
 * pages under this URL may call the bridge.
 */
export function rendererUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL
  if (devServer !== undefined && devServer !== '') return devServer
  return pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href
}

/** True when the windows load the dev server (`npm run dev`), where reload and dev tools belong. */
export function isDevServer(appUrl: string): boolean {
  return !appUrl.startsWith('file:')
}
