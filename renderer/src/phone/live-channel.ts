type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
import { lanCloseCodes } from '@common/lan/lan-constants'
import type { LanClientMessage, LanServerMessage } from '@common/lan/lan-protocol'

/** Where the page's channel stands, in words for the person holding the phone. */
export type ChannelState =
  | { kind: 'connecting' }
  | { kind: 'open' }
  /**
   * Lost (a Wi-Fi drop, the network closed): the page tries again by itself. `reason` is the
   * server's own when it gave one; else the page says it, in its language.
   */
  | { kind: 'retrying'; reason: string | null; tooLong: boolean }
  /** Refused for good: trying again cannot help (an old link). */
  | { kind: 'refused'; reason: string }

const RETRY_MS = [500, 1000, 2000, 4000]

/**
 * The page's one live channel: greets with the link's token, passes on what the server sends,
 * and after a drop reconnects by itself; the server's welcome then brings the current state.
 */
export class LiveChannel {
  private socket: WebSocket | null = null
  private attempts = 0
  private retryTimer: number | undefined
  private stopped = false
  private nextId = 1

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly onMessage: (message: LanServerMessage) => void,
    private readonly onState: (state: ChannelState) => void,
  ) {}

  start(): void {
    this.stopped = false
    this.connect()
  }

  stop(): void {
    this.stopped = true
    window.clearTimeout(this.retryTimer)
    this.socket?.close()
  }

  /**
   * Sends a command, an input or a ballot; the acknowledgement comes back with the returned id.
   * Null when the channel is down: the page says so rather than pretend it was sent.
   */
  request(
    message: DistributiveOmit<Exclude<LanClientMessage, { type: 'hello' }>, 'id'>,
  ): number | null {
    if (this.socket?.readyState !== WebSocket.OPEN) return null
    const id = this.nextId++
    this.socket.send(JSON.stringify({ ...message, id }))
    return id
  }

  private connect(): void {
    this.onState({ kind: 'connecting' })
    const socket = new WebSocket(this.url)
    this.socket = socket
    socket.addEventListener('open', () => {
      socket.send(JSON.stringify({ type: 'hello', token: this.token }))
    })
    socket.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return
      const message = JSON.parse(event.data) as LanServerMessage
      if (message.type === 'welcome') {
        this.attempts = 0
        this.onState({ kind: 'open' })
      }
      this.onMessage(message)
    })
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket || this.stopped) return
      if (event.code === lanCloseCodes.badToken) {
        this.onState({ kind: 'refused', reason: event.reason })
        return
      }
      this.onState({
        kind: 'retrying',
        reason: event.reason === '' ? null : event.reason,
        tooLong: event.code === 1009,
      })
      const delay = RETRY_MS[Math.min(this.attempts, RETRY_MS.length - 1)] ?? 4000
      this.attempts += 1
      this.retryTimer = window.setTimeout(() => this.connect(), delay)
    })
  }
}
