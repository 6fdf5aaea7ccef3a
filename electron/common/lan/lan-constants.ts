// Kept apart from the message schemas so the phone pages load them without zod.

/** What a link lets its holder do; each has its own token, so one can never act as another. */
export const lanCapabilities = ['remote', 'room', 'participant'] as const
export type LanCapability = (typeof lanCapabilities)[number]

/** The longest message a page may send, in bytes; a longer one closes its channel. */
export const LAN_MAX_MESSAGE_BYTES = 4096

/** The close codes a page reads to tell its holder what happened (4000–4999 are ours to use). */
export const lanCloseCodes = {
  /** The token is wrong, or belonged to an earlier session or to links renewed since. */
  badToken: 4401,
  /** The first message was not a greeting with a token. */
  noHello: 4400,
  /** The facilitator closed the session to the network, or the session ended. */
  closed: 4410,
  /** The page sent faster than the limit for too long. */
  flood: 4429,
  /** Every slot this link may take is taken; the page tries again by itself. */
  full: 4503,
} as const
