function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True when `url` is a page of the app itself: the same origin as the app for http(s) (the dev
 * server), or the same file for file: URLs (the built renderer). Hash and query are ignored, since
 * the room and console views differ only by hash.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parse(url)
  const app = parse(appUrl)
  if (candidate === null || app === null) return false
  if (candidate.protocol !== app.protocol) return false
  if (app.protocol === 'file:') return candidate.pathname === app.pathname && candidate.host === ''
  if (app.protocol === 'http:' || app.protocol === 'https:') return candidate.origin === app.origin
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
