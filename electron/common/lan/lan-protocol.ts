import { z } from 'zod'
import type { RoomView } from '../api/room-types'
import type { RunChange } from '../api/run-types'
import { runCommandSchema } from '../domain/run/commands'
import type { LanCapability } from './lan-constants'
import type { ParticipantView, RoomAudience } from './participants'

const participantText = z
  .string({ error: 'expected the text' })
  .trim()
  .min(1, { error: 'expected a text, got an empty one' })
  .max(500, { error: 'expected at most 500 characters' })

/** The clock commands a remote may send: the console's buttons for a phone held in one hand. */
const remoteCommandTypes = new Set([
  'start',
  'pause',
  'resume',
  'toggle',
  'nextPhase',
  'previousPhase',
  'adjust',
  'message',
  'blank',
  'toggleBlank',
])

const remoteCommandSchema = runCommandSchema.refine(
  (command) => remoteCommandTypes.has(command.type),
  {
    error:
      'expected a command a remote may send (start, pause, next, previous, ±1 minute, blank, message)',
  },
)

/** Every message a page may send, checked before anything reads it. */
export const lanClientMessageSchema = z.discriminatedUnion(
  'type',
  [
    /** The first message on every channel: the token from the link, which says what the page may do. */
    z.strictObject({
      type: z.literal('hello'),
      token: z.string().min(1).max(128, { error: 'expected a token of at most 128 characters' }),
    }),
    /** A clock command from a remote; `id` comes back in the acknowledgement. */
    z.strictObject({
      type: z.literal('command'),
      id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      command: remoteCommandSchema,
    }),
    /** A participant's question or note; anonymous unless a name is given. */
    z.strictObject({
      type: z.literal('input'),
      id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      kind: z.enum(['question', 'note']),
      name: z
        .string()
        .trim()
        .max(60, { error: 'expected a name of at most 60 characters' })
        .nullable(),
      text: participantText,
    }),
    /** A participant's ballot: option indexes, one per dot. `voter` is the phone's own random id. */
    z.strictObject({
      type: z.literal('ballot'),
      id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      voteId: z.string().min(1).max(64),
      voter: z.string().min(8).max(64),
      choices: z.array(z.number().int().min(0).max(19)).max(20),
    }),
  ],
  { error: 'expected a message of type hello, command, input or ballot' },
)
export type LanClientMessage = z.infer<typeof lanClientMessageSchema>

/** Every message the server sends to a page. */
export type LanServerMessage =
  /** The greeting was accepted: what this page may do, and the message presets for a remote. */
  | { type: 'welcome'; capability: LanCapability; messagePresets: string[] }
  /** The session changed; the first one after a (re)connection carries the workshop. */
  | {
      type: 'run'
      change: RunChange
      /** The computer's clock when sent: a phone whose clock differs shifts the times by that. */
      serverNow: number
    }
  /** A participant's page: today's exercise and what the facilitator opened. */
  | { type: 'participant'; view: ParticipantView }
  /** The participants' input the facilitator shows on the room. */
  | { type: 'audience'; room: RoomAudience }
  /** What the room shows outside a session. */
  | { type: 'room'; view: RoomView }
  /** The answer to a command: done, or why not. */
  | { type: 'ack'; id: number; ok: true }
  | { type: 'ack'; id: number; ok: false; message: string }
  /** A message was refused (invalid, not allowed for this link, too fast), with the reason. */
  | { type: 'refused'; message: string }
