import { createContext, useContext } from 'react'
import type { LanStatus } from '@common/lan/lan-status'

/** How a phone joins the session, as the room shows it: a QR code and a short address. */
export interface JoinInvite {
  /** "192.168.1.20:4350/k7m2q9": typed into a phone's browser. */
  shortAddress: string
  /** The participants' link as a QR code (an SVG data URL drawn on this computer). */
  qrCode: string
  /** The facilitator put it up: the room shows it instead of the exercise. */
  shown: boolean
  /** False once too many wrong codes switched the short code off. */
  working: boolean
}

/** The invitation while the session is open to the room's network, else null. */
export function joinInviteOf(status: LanStatus | null): JoinInvite | null {
  const join = status?.join ?? null
  const qrCode = status?.links.find((link) => link.capability === 'participant')?.qrCodes[0]
  const shortAddress = join?.addresses[0]
  if (join === null || qrCode === undefined || shortAddress === undefined) return null
  return { shortAddress, qrCode, shown: join.shownOnRoom, working: join.working }
}

/** Given by the room window; a room drawn elsewhere (a thumbnail, a phone) has none. */
export const RoomJoinContext = createContext<JoinInvite | null>(null)

export function useJoinInvite(): JoinInvite | null {
  return useContext(RoomJoinContext)
}
