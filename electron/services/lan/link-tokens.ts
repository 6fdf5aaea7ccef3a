import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@common/lan/join-code'
import { lanCapabilities, type LanCapability } from '@common/lan/lan-constants'

/** 32 random bytes: far beyond guessing, even by a phone on the network trying all day. */
const TOKEN_BYTES = 32

function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

function newJoinCode(): string {
  return Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)],
  ).join('')
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * One long random token per capability, and a short join code for the participants' page;
 * renewing them all ends every link and code given out before.
 */
export class LinkTokens {
  private tokens = new Map<LanCapability, string>()
  private code = ''

  constructor() {
    this.renew()
  }

  renew(): void {
    this.tokens = new Map(lanCapabilities.map((capability) => [capability, newToken()]))
    this.code = newJoinCode()
  }

  /** The short code typed to join as a participant. */
  get joinCode(): string {
    return this.code
  }

  /** The participants' token for a join code typed in, or null; compared in constant time. */
  participantTokenFor(code: string): string | null {
    return sameText(code.toLowerCase(), this.code) ? this.tokenOf('participant') : null
  }

  tokenOf(capability: LanCapability): string {
    const token = this.tokens.get(capability)
    if (token === undefined) throw new Error(`No token for ${capability}`)
    return token
  }

  /** The capability a token grants, or null; compared in constant time, so timing tells nothing. */
  capabilityOf(token: string): LanCapability | null {
    for (const [capability, expected] of this.tokens)
      if (sameText(token, expected)) return capability
    return null
  }
}
