/** How much the room's network takes before it refuses, each refusal with a message that says so. */
export interface LanLimits {
  /** Live channels at once, all links together. */
  maxChannels: number
  /** Of those, the slots only the remote and room views may take: a crowd never fills them. */
  followerSlots: number
  /**
   * Channels open but not yet greeted, counted from their upgrade; past it the oldest is dropped,
   * so pages that never greet cannot keep a real page out.
   */
  maxUngreeted: number
  /** Messages per second per connection, on average… */
  perSecond: number
  /** …after a burst of this many. */
  burst: number
  /**
   * A channel that keeps sending faster than this per second, after a burst of `floodBurst`,
   * is closed as a flood, whether its messages were admitted or not.
   */
  floodPerSecond: number
  floodBurst: number
  /** How long a new channel may take to send its token. */
  helloTimeoutMs: number
  /** How long a request may take to send its headers, and then its whole self. */
  headersTimeoutMs: number
  requestTimeoutMs: number
  /** Plain HTTP connections kept at once (a page loads in a few); past it the oldest is cut. */
  maxHttpConnections: number
  /** Questions and notes of one device (its address on the network) waiting in the list at once. */
  inputsWaitingPerDevice: number
  /** Items in the facilitator's list; at the bound the oldest answered or done ones fold away. */
  maxInbox: number
}

export const defaultLanLimits: LanLimits = {
  maxChannels: 300,
  followerSlots: 20,
  maxUngreeted: 50,
  perSecond: 10,
  burst: 30,
  floodPerSecond: 20,
  floodBurst: 100,
  helloTimeoutMs: 5000,
  headersTimeoutMs: 5000,
  requestTimeoutMs: 10_000,
  maxHttpConnections: 100,
  inputsWaitingPerDevice: 5,
  maxInbox: 200,
}
