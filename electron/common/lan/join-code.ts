/**
 * The short code that joins a phone to the participants' page by typing: the room's address,
 * then six characters ("192.168.1.20:4350/k7m2q9"). Letters and digits that read alike aloud or
 * on a projector (0 and o, 1 and l and i) are left out. It only ever opens the participants'
 * page, never the remote; see JoinGuard for why guessing it is hopeless.
 */
export const JOIN_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'

/** Six characters of 31: about 887 million codes. */
export const JOIN_CODE_LENGTH = 6

/** The request path a join code is typed as, or null when `path` cannot be one. */
export function joinCodeOfPath(path: string): string | null {
  const match = /^\/([a-z0-9]{6})\/?$/i.exec(path)
  return match?.[1]?.toLowerCase() ?? null
}

/** An address and port as a URL writes them: an IPv6 address in brackets. */
export function hostWithPort(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${String(port)}`
}

/** The short address people type: host and port without the scheme, then the code. */
export function joinAddress(address: string, port: number, code: string): string {
  return `${hostWithPort(address, port)}/${code}`
}
