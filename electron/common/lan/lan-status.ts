import type { LanCapability } from './lan-constants'
import type { Moderation } from './participants'

/** The port offered first; the facilitator can choose another. */
export const DEFAULT_LAN_PORT = 4350

/** One kind of link, ready to share: its address on each of the machine's networks. */
export interface LanLink {
  capability: LanCapability
  /** One URL per LAN address, each with the link's token. */
  urls: string[]
  /** A QR code of each URL, as an SVG data URL drawn on this computer. */
  qrCodes: string[]
  /** Pages holding this link that are connected now. */
  connected: number
}

/** How a phone joins as a participant by typing: the room's address and a short code. */
export interface LanJoin {
  code: string
  /** "192.168.1.20:4350/k7m2q9", one per address. */
  addresses: string[]
  /** False once too many wrong codes switched the short code off, until new links. */
  working: boolean
  /** Whether the room screen shows how to join now. */
  shownOnRoom: boolean
}

/** Whether the session is open to the room's network, and the links to share. */
export interface LanStatus {
  open: boolean
  port: number
  /** The machine's addresses on its networks (IPv4, without loopback). */
  addresses: string[]
  /** Empty while closed. */
  links: LanLink[]
  /** Null while closed. */
  join: LanJoin | null
  /** Why the server could not start (the port taken…), in plain words; null when all is well. */
  problem: string | null
  /** The participants' questions, notes and vote, and what of them the room shows. */
  moderation: Moderation
}

/** How one address answered the reach check. */
export interface LanReach {
  address: string
  reached: boolean
  /** What was seen, in plain words. */
  message: string
}
