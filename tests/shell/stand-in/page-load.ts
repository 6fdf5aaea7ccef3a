import type { StandInProtocol } from './scheme'

/**
 * What a window's page needs before it can draw: its scripts and style sheets, as the HTML names
 * them, in the order the HTML names them (the order Chromium's parser asks for them).
 */
function assetsNamedBy(html: string): { ref: string; kind: 'script' | 'style' }[] {
  const assets: { ref: string; kind: 'script' | 'style' }[] = []
  for (const [tag] of html.matchAll(/<script\b[^>]*>|<link\b[^>]*>/g)) {
    if (tag.startsWith('<script')) {
      const src = /\bsrc="([^"]+)"/.exec(tag)?.[1]
      if (src !== undefined) assets.push({ ref: src, kind: 'script' })
      continue
    }
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1]
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    if (href === undefined) continue
    if (rel === 'stylesheet') assets.push({ ref: href, kind: 'style' })
    if (rel === 'modulepreload') assets.push({ ref: href, kind: 'script' })
  }
  return assets
}

const expectedType = { page: /^text\/html\b/, script: /^text\/javascript\b/, style: /^text\/css\b/ }

/**
 * Loads a page on a custom scheme as Chromium would, through the scheme's handler: the page,
 * then every script and style sheet it names. Returns each answer (`status type url`) and the
 * first reason the window would stay blank, or null. Pages on http(s) and file: are not fetched.
 */
export async function loadThroughScheme(
  protocol: StandInProtocol,
  url: string,
): Promise<{ loaded: string[]; failure: string | null; pageFailed: boolean }> {
  const loaded: string[] = []
  const scheme = new URL(url).protocol
  const pageFailed = (failure: string) => ({ loaded, failure, pageFailed: true })
  const assetFailed = (failure: string) => ({ loaded, failure, pageFailed: false })
  if (['http:', 'https:', 'file:'].includes(scheme))
    return { loaded, failure: null, pageFailed: false }
  const page = await protocol.fetch(url)
  if (page === null) return pageFailed(`ERR_UNKNOWN_URL_SCHEME: nobody handles ${url}`)
  const pageUrl = url.replace(/#.*$/, '')
  loaded.push(`${String(page.status)} ${page.type} ${pageUrl}`)
  if (page.status !== 200 || !expectedType.page.test(page.type))
    return pageFailed(`the page answered ${String(page.status)} ${page.type}`)
  for (const { ref, kind } of assetsNamedBy(page.body)) {
    if (!/^[a-z]+:/i.test(ref) && !protocol.resolvesRelativeUrls(url))
      return assetFailed(`${ref} cannot be resolved: ${scheme} is not a standard scheme`)
    const assetUrl = new URL(ref, pageUrl).href
    const answer = await protocol.fetch(assetUrl)
    if (answer === null) return assetFailed(`ERR_UNKNOWN_URL_SCHEME: ${assetUrl}`)
    loaded.push(`${String(answer.status)} ${answer.type} ${assetUrl}`)
    if (answer.status !== 200 || !expectedType[kind].test(answer.type))
      return assetFailed(`${assetUrl} answered ${String(answer.status)} ${answer.type}`)
  }
  return { loaded, failure: null, pageFailed: false }
}
