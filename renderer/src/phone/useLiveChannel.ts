import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { RoomView, RunSnapshot, Workshop } from '@common/api/contract'
import type { RunCommand } from '@common/domain/run/commands'
import { shiftTimeline } from '@common/domain/run/transitions'
import type { LanCapability } from '@common/lan/lan-constants'
import type { LanServerMessage } from '@common/lan/lan-protocol'
import type { ParticipantView, RoomAudience } from '@common/lan/participants'
import { LiveChannel, type ChannelState } from './live-channel'

/** What a phone page knows of the session, as its channel keeps it. */
export interface PhoneSession {
  channel: ChannelState
  capability: LanCapability | null
  snapshot: RunSnapshot | null
  room: RoomView | null
  messagePresets: string[]
  /** The last refusal or failed command, in words; null when the last went through. */
  problem: string | null
  send: (command: RunCommand) => void
  participant: ParticipantView | null
  audience: RoomAudience | null
  /**
   * Sends a participant's input or ballot; resolves with null once it is kept, `DROPPED` when the
   * connection dropped before it was confirmed, else why not (the server's words).
   */
  submit: (message: ParticipantMessage) => Promise<string | null>
}

/** What `submit` resolves with when the connection dropped before the server confirmed. */
export const DROPPED = ''

/** The problem when there was no connection to send on: the page words it in its language. */
export const NOT_CONNECTED = '\u0000not-connected'

/** What a participant's page sends. */
export type ParticipantMessage =
  | { type: 'input'; kind: 'question' | 'note'; name: string | null; text: string }
  | { type: 'ballot'; voteId: string; voter: string; choices: number[] }

/** The token from the link: it is the page address's fragment. */
export function tokenFromLocation(): string {
  return decodeURIComponent(window.location.hash.slice(1))
}

/** Opens the page's live channel with the link's token, to the server that served the page. */
export function openLiveChannel(): LiveChannel {
  const channel = new LiveChannel(`ws://${window.location.host}/live`, tokenFromLocation())
  channel.start()
  return channel
}

/** The session the page's live channel follows, and how to send on it. */
export function useLiveChannel(live: LiveChannel): PhoneSession {
  const [channel, setChannel] = useState<ChannelState>({ kind: 'connecting' })
  const [capability, setCapability] = useState<LanCapability | null>(null)
  const [snapshot, setSnapshot] = useState<RunSnapshot | null>(null)
  const [room, setRoom] = useState<RoomView | null>(null)
  const [messagePresets, setPresets] = useState<string[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const [participant, setParticipant] = useState<ParticipantView | null>(null)
  const [audience, setAudience] = useState<RoomAudience | null>(null)
  const waiting = useRef(new Map<number, (answer: string | null) => void>())
  // Changes carry the workshop only when it changed; the last one received fills the gaps.
  const workshop = useRef<Workshop | null>(null)

  useLayoutEffect(() => {
    const onMessage = (message: LanServerMessage) => {
      switch (message.type) {
        case 'welcome':
          setCapability(message.capability)
          setPresets(message.messagePresets)
          return
        case 'room':
          setRoom(message.view)
          return
        case 'run': {
          const { change } = message
          if (change.workshop !== null) workshop.current = change.workshop
          if (change.state === null || workshop.current === null) {
            setSnapshot({ state: null, needsResumeConfirmation: change.needsResumeConfirmation })
            return
          }
          // The phone counts down with its own clock: move the times by how far it is off.
          const skew = Date.now() - message.serverNow
          const state = shiftTimeline({ ...change.state, workshop: workshop.current }, skew)
          setSnapshot({ state, needsResumeConfirmation: change.needsResumeConfirmation })
          return
        }
        case 'participant':
          setParticipant(message.view)
          return
        case 'audience':
          setAudience(message.room)
          return
        case 'ack': {
          const answer = message.ok ? null : message.message
          const resolve = waiting.current.get(message.id)
          waiting.current.delete(message.id)
          if (resolve !== undefined) resolve(answer)
          else setProblem(answer)
          return
        }
        case 'refused':
          setProblem(message.message)
      }
    }
    const onState = (state: ChannelState) => {
      setChannel(state)
      if (state.kind === 'open') return
      // Whatever was waiting for its acknowledgement may not have arrived: say so, to send again.
      for (const resolve of waiting.current.values()) resolve(DROPPED)
      waiting.current.clear()
    }
    // Before the first paint: what arrived while the page was starting is drawn at once.
    return live.listen({ onMessage, onState })
  }, [live])

  const send = useCallback(
    (command: RunCommand) => {
      const id = live.request({ type: 'command', command })
      if (id === null) setProblem(NOT_CONNECTED)
    },
    [live],
  )
  const submit = useCallback(
    (message: ParticipantMessage) =>
      new Promise<string | null>((resolve) => {
        const id = live.request(message)
        if (id === null) resolve(NOT_CONNECTED)
        else waiting.current.set(id, resolve)
      }),
    [live],
  )
  return {
    channel,
    capability,
    snapshot,
    room,
    messagePresets,
    problem,
    send,
    participant,
    audience,
    submit,
  }
}
