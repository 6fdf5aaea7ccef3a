/**
 * Guards against DNS rebinding: a page on a foreign site whose name was made to resolve to this
 * computer sends its own name as Host, and its own origin as Origin. Only the addresses the
 * server listens on, with its port, are ours.
 */

/** The Host header values the server answers to: each listening address with the port. */
export function allowedHosts(addresses: readonly string[], port: number): Set<string> {
  return new Set(
    addresses.map((address) =>
      address.includes(':') ? `[${address}]:${String(port)}` : `${address}:${String(port)}`,
    ),
  )
}

/** True when the Host header names one of our addresses with our port. */
export function isOwnHost(host: string | undefined, hosts: ReadonlySet<string>): boolean {
  return host !== undefined && hosts.has(host.toLowerCase())
}

/**
 * True when the Origin header is absent (a page's own navigation, or a client that is no
 * browser) or is our own page's origin. Browsers always send Origin on a WebSocket and on a
 * cross-site request, so a foreign page cannot leave it out.
 */
export function isOwnOrigin(origin: string | undefined, hosts: ReadonlySet<string>): boolean {
  if (origin === undefined) return true
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  return url.protocol === 'http:' && url.origin === origin && hosts.has(url.host)
}
