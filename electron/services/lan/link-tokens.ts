import { randomBytes, timingSafeEqual } from 'node:crypto'
import { lanCapabilities, type LanCapability } from '@common/lan/lan-constants'

/** 32 random bytes: far beyond guessing, even by a phone on the network trying all day. */
const TOKEN_BYTES = 32

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

/** One long random token per capability; renewing them all ends every link given out before. */
export class LinkTokens {
  private tokens = new Map<LanCapability, string>()

  constructor() {
    this.renew()
  }

  renew(): void {
    this.tokens = new Map(lanCapabilities.map((capability) => [capability, newToken()]))
  }

  tokenOf(capability: LanCapability): string {
    const token = this.tokens.get(capability)
    if (token === undefined) throw new Error(`No token for ${capability}`)
    return token
  }

  /** The capability a token grants, or null; compared in constant time, so timing tells nothing. */
  capabilityOf(token: string): LanCapability | null {
    const given = Buffer.from(token)
    for (const [capability, expected] of this.tokens) {
      const wanted = Buffer.from(expected)
      if (given.length === wanted.length && timingSafeEqual(given, wanted)) return capability
    }
    return null
  }
}
