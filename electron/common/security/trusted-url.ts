import { appScheme } from './app-origin'

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Where a file: URL points, in a form that compares as the file system does. Windows paths
 * (a drive letter, or a UNC share as the URL's host) ignore case: Chromium writes the drive
 * letter in capitals while Node writes it as the path had it. Other paths compare exactly.
 */
function fileLocation(url: URL): string | null {
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  const host = url.host.toLowerCase()
  const isWindowsPath = host !== '' || /^\/[A-Za-z]:\//.test(path)
  return `${host}${isWindowsPath ? path.toLowerCase() : path}`
}

/**
 * True when `url` is a page of the app itself: the same origin as the app for http(s) (the dev
 * server), the same host and page for the app's own scheme (the built renderer), or the same file
 * for file: URLs. Hash and query are ignored, since the room and console views differ only by hash.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url)
  const app = parse(appUrl)
  if (candidate === null || app === null) return false
  if (candidate.protocol !== app.protocol) return false
  if (app.protocol === 'file:') {
    const location = fileLocation(candidate)
    return location !== null && location === fileLocation(app)
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return candidate.origin === app.origin
  // A custom scheme has no origin in the URL standard ("null"): compare host and page instead.
  if (app.protocol === `${appScheme}:`)
    return (
      candidate.host === app.host &&
      candidate.pathname === app.pathname &&
      candidate.username === '' &&
      candidate.password === ''
    )
  return false
}

/** True only for well-formed https URLs, the one kind the app hands to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url)
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}
