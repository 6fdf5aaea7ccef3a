import QRCode from 'qrcode'
import { hostWithPort } from '@common/lan/join-code'
import { lanCapabilities, type LanCapability } from '@common/lan/lan-constants'
import type { LanLink } from '@common/lan/lan-status'
import type { LinkTokens } from './link-tokens'

/**
 * A link's address: the token travels in the fragment, which the browser never sends in a
 * request, so it stays out of any log on the way; the page hands it over on its live channel.
 */
export function linkUrl(address: string, port: number, token: string): string {
  return `http://${hostWithPort(address, port)}/#${token}`
}

// Links change only when renewed, while the status is rebuilt for every page that joins.
const drawn = new Map<string, string>()

/** A QR code of a URL as an SVG data URL, drawn here: nothing leaves the computer to draw it. */
async function qrDataUrl(url: string): Promise<string> {
  const known = drawn.get(url)
  if (known !== undefined) return known
  if (drawn.size > 100) drawn.clear()
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  drawn.set(url, dataUrl)
  return dataUrl
}

/** The three links, on each address, with their QR codes. */
export async function buildLinks(
  addresses: string[],
  port: number,
  tokens: LinkTokens,
  connected: Record<LanCapability, number>,
): Promise<LanLink[]> {
  return Promise.all(
    lanCapabilities.map(async (capability) => {
      const urls = addresses.map((address) => linkUrl(address, port, tokens.tokenOf(capability)))
      return {
        capability,
        urls,
        qrCodes: await Promise.all(urls.map(qrDataUrl)),
        connected: connected[capability],
      }
    }),
  )
}
