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

/** What the page does with what its channel hears. */
export interface ChannelListener {
  onMessage: (message: LanServerMessage) => void
  onState: (state: ChannelState) => void
}

/**
 * The page's one live channel: greets with the link's token, passes on what the server sends,
 * and after a drop reconnects by itself; the server's welcome then brings the current state.
 * It opens as the page's script starts, beside the fetch of the page's words, not after the
 * first render: until the page listens, it keeps what arrives and hands it over in order.
 */
export class LiveChannel {
  private socket: WebSocket | null = null
  private attempts = 0
  private retryTimer: number | undefined
  private stopped = false
  private nextId = 1
  private listener: ChannelListener | null = null
  private state: ChannelState = { kind: 'connecting' }
  private held: LanServerMessage[] = []

  constructor(
    private readonly url: string,
    private readonly token: string,
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
   * Hands what the channel heard so far to `listener` (its state, then the messages kept, in
   * order), then everything as it comes. Returns how to stop listening; the channel stays open.
   */
  listen(listener: ChannelListener): () => void {
    this.listener = listener
    listener.onState(this.state)
    const held = this.held
    this.held = []
    for (const message of held) listener.onMessage(message)
    return () => {
      if (this.listener === listener) this.listener = null
    }
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

  private setState(state: ChannelState): void {
    this.state = state
    this.listener?.onState(state)
  }

  private connect(): void {
    this.setState({ kind: 'connecting' })
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
        this.setState({ kind: 'open' })
      }
      if (this.listener === null) this.held.push(message)
      else this.listener.onMessage(message)
    })
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket || this.stopped) return
      if (event.code === lanCloseCodes.badToken) {
        this.setState({ kind: 'refused', reason: event.reason })
        return
      }
      this.setState({
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
