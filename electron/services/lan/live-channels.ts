import type { WebSocket } from 'ws'
import { formatIssues } from '@common/domain/validation-message'
import { lanCloseCodes, type LanCapability } from '@common/lan/lan-constants'
import {
  lanClientMessageSchema,
  type LanClientMessage,
  type LanServerMessage,
} from '@common/lan/lan-protocol'
import type { LanLimits } from './lan-limits'
import type { LinkTokens } from './link-tokens'
import { RateLimit } from './rate-limit'

/** One page's live channel, once its token was accepted. */
export interface LanChannel {
  readonly capability: LanCapability
  /** The page's device: its address on the network. */
  readonly device: string
  send(message: LanServerMessage): void
}

export type PageMessage = Exclude<LanClientMessage, { type: 'hello' }>

export interface LiveChannelsOptions {
  limits: LanLimits
  tokens: LinkTokens
  now: () => number
  onWelcome(channel: LanChannel): void
  /** A page's message; resolves once it was answered, so a closing channel can wait for it. */
  onMessage(channel: LanChannel, message: PageMessage): Promise<void>
  onChannelsChanged(): void
}

/** How long a closing channel waits for the answers to what it took, before it says goodbye. */
const ANSWER_GRACE_MS = 300
/** How long a page may take to answer the close frame before its connection is cut. */
const CLOSE_GRACE_MS = 250

interface Live {
  socket: WebSocket
  device: string
  channel: LanChannel | null
  /** Set once the channel is on its way out: nothing it sends is carried out any more. */
  ending: Promise<void> | null
  answering: Set<Promise<void>>
}

/**
 * Every live channel from its upgrade to its end. Admission is counted where it is decided, in
 * one synchronous step, so a crowd connecting at once cannot race past a cap; greeted
 * participants never take the remote's and room views' slots; and ending a channel is bounded
 * in time whatever the page does, after answering every message it took.
 */
export class LiveChannels {
  /** Insertion order is age: the first is the oldest. */
  private readonly ungreeted = new Set<Live>()
  private readonly greeted = new Set<Live>()

  constructor(private readonly options: LiveChannelsOptions) {}

  /** Why a new connection cannot have a channel now, or null. */
  admissionProblem(): string | null {
    if (this.greeted.size >= this.options.limits.maxChannels) return this.fullMessage()
    return null
  }

  /** Sends a message to every greeted channel whose link has one of the capabilities. */
  broadcast(capabilities: readonly LanCapability[], message: LanServerMessage): void {
    const text = JSON.stringify(message)
    for (const { socket, channel } of this.greeted)
      if (
        channel !== null &&
        capabilities.includes(channel.capability) &&
        socket.readyState === socket.OPEN
      )
        socket.send(text)
  }

  accept(socket: WebSocket, device: string): void {
    const { limits, now } = this.options
    const live: Live = { socket, device, channel: null, ending: null, answering: new Set() }
    this.ungreeted.add(live)
    if (this.ungreeted.size > limits.maxUngreeted) {
      const oldest = this.ungreeted.values().next().value
      if (oldest !== undefined)
        void this.end(
          oldest,
          lanCloseCodes.noHello,
          'Too many pages were connecting at once: try again.',
        )
    }
    const rate = new RateLimit(limits.perSecond, limits.burst, now())
    const flood = new RateLimit(limits.floodPerSecond, limits.floodBurst, now())
    let lastBareRefusal = -Infinity
    const helloTimer = setTimeout(() => {
      void this.end(live, lanCloseCodes.noHello, 'The page did not send its link’s token in time.')
    }, limits.helloTimeoutMs)

    const send = (message: LanServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
    }
    const refuse = (id: number | null, message: string) => {
      if (id !== null) {
        send({ type: 'ack', id, ok: false, message })
        return
      }
      // Without an id, at most one refusal a second: answering every frame of a flood would feed it.
      if (now() - lastBareRefusal < 1000) return
      lastBareRefusal = now()
      send({ type: 'refused', message })
    }

    socket.on('message', (data, isBinary) => {
      const parsed = parseMessage(data, isBinary)
      if (live.ending !== null)
        return refuse(parsed.id, 'The page is being disconnected: send it again once it is back.')
      // Counted before anything else, admitted or not: a page that keeps sending too fast goes.
      if (!flood.take(now())) {
        const reason = 'Too many messages: the page was disconnected.'
        refuse(parsed.id, reason)
        void this.end(live, lanCloseCodes.flood, reason)
        return
      }
      if (!rate.take(now()))
        return refuse(parsed.id, 'Too many messages: wait a moment and send again.')
      if (!parsed.ok) return refuse(parsed.id, parsed.message)
      const message = parsed.value
      if (message.type === 'hello') {
        if (live.channel !== null) return refuse(null, 'This page already sent its token.')
        clearTimeout(helloTimer)
        this.greet(live, message.token, send)
        return
      }
      if (live.channel === null) {
        void this.end(live, lanCloseCodes.noHello, 'The first message must carry the link’s token.')
        return
      }
      const answered = this.options.onMessage(live.channel, message)
      live.answering.add(answered)
      // Answering never fails (the service answers its own failures); either way it is done.
      const done = () => live.answering.delete(answered)
      answered.then(done, done)
    })
    socket.on('close', () => {
      clearTimeout(helloTimer)
      this.ungreeted.delete(live)
      if (this.greeted.delete(live)) this.options.onChannelsChanged()
    })
    // A socket error (a phone that vanished) ends in 'close'; nothing else is to be done.
    socket.on('error', () => undefined)
  }

  /** Ends every channel, greeted or not; resolves within about a second whatever the pages do. */
  async endAll(code: number, reason: string): Promise<void> {
    await Promise.all(
      [...this.ungreeted, ...this.greeted].map((live) => this.end(live, code, reason)),
    )
  }

  /** Ends the greeted channels (their tokens were renewed); pages still greeting meet the new tokens. */
  async endGreeted(code: number, reason: string): Promise<void> {
    await Promise.all([...this.greeted].map((live) => this.end(live, code, reason)))
  }

  counts(): Record<LanCapability, number> {
    const counts: Record<LanCapability, number> = { remote: 0, room: 0, participant: 0 }
    for (const { channel } of this.greeted) if (channel !== null) counts[channel.capability] += 1
    return counts
  }

  private greet(live: Live, token: string, send: (message: LanServerMessage) => void): void {
    const { limits, tokens } = this.options
    const capability = tokens.capabilityOf(token)
    if (capability === null) {
      void this.end(
        live,
        lanCloseCodes.badToken,
        'This link is not valid any more: ask the facilitator for the current one.',
      )
      return
    }
    // Checked and counted in this one step, so channels greeting together cannot all squeeze in.
    const participantSlots = limits.maxChannels - limits.followerSlots
    const full =
      this.greeted.size >= limits.maxChannels ||
      (capability === 'participant' && this.counts().participant >= participantSlots)
    if (full) {
      void this.end(live, lanCloseCodes.full, this.fullMessage())
      return
    }
    this.ungreeted.delete(live)
    live.channel = { capability, device: live.device, send }
    this.greeted.add(live)
    this.options.onWelcome(live.channel)
    this.options.onChannelsChanged()
  }

  /**
   * Ends a channel: nothing it sends is carried out from now on; what it took is answered
   * (within a moment); then the close frame, and the connection is cut if the page does not
   * answer it. Never takes much more than a second.
   */
  private end(live: Live, code: number, reason: string): Promise<void> {
    if (live.ending !== null) return live.ending
    if (this.greeted.delete(live)) this.options.onChannelsChanged()
    this.ungreeted.delete(live)
    const { socket } = live
    live.ending = (async () => {
      await Promise.race([Promise.allSettled([...live.answering]), delay(ANSWER_GRACE_MS)])
      if (socket.readyState === socket.CLOSED) return
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
      socket.close(code, reason)
      await Promise.race([closed, delay(CLOSE_GRACE_MS)])
      socket.terminate()
    })()
    return live.ending
  }

  private fullMessage(): string {
    return `Too many devices are connected (${String(this.options.limits.maxChannels)}): close a page on another device.`
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

type Parsed = { id: number | null } & (
  { ok: true; value: LanClientMessage } | { ok: false; message: string }
)

/** The message, or why not; with its id whenever one can be read, so a refusal can name it. */
function parseMessage(data: unknown, isBinary: boolean): Parsed {
  if (isBinary || !Buffer.isBuffer(data))
    return { id: null, ok: false, message: 'Messages are JSON text.' }
  let json: unknown
  try {
    json = JSON.parse(data.toString('utf8'))
  } catch {
    return { id: null, ok: false, message: 'The message is not JSON.' }
  }
  const id = idOf(json)
  const parsed = lanClientMessageSchema.safeParse(json)
  if (!parsed.success) return { id, ok: false, message: formatIssues(parsed.error.issues) }
  return { id, ok: true, value: parsed.data }
}

function idOf(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || !('id' in json)) return null
  const { id } = json
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null
}
