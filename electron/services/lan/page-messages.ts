import type { Result } from '@common/api/result'
import type { RunSnapshot } from '@common/api/run-types'
import type { RunCommand } from '@common/domain/run/commands'
import type { Note, NoteTag } from '@common/domain/session/session'
import { describeInput } from '@common/lan/participants'
import type { Logger } from '../logger'
import type { LanChannel, PageMessage } from './live-channels'
import type { ParticipantRoom } from './participant-room'
import type { VoteJournal } from './vote-journal'

/** What answering a page's message needs of the LAN service. */
export interface PageMessageDeps {
  run: { command(command: RunCommand): Promise<Result<RunSnapshot>> }
  record: (text: string, tag: NoteTag | null) => Promise<Result<Note>>
  voteJournal: VoteJournal
  participants: ParticipantRoom
  log: Logger
  /** A participant's input or ballot was taken: the room and the console hear of it. */
  afterInput: () => void
}

/**
 * Does what a page's message asks, if its link may, and answers it with the message's id: done,
 * or why not. The page hears back whatever happens, a failure included; resolves once it has.
 */
export async function answerPageMessage(
  deps: PageMessageDeps,
  channel: LanChannel,
  message: PageMessage,
): Promise<void> {
  let answer: string | null
  try {
    answer = await carryOut(deps, channel, message)
  } catch (error) {
    deps.log.warn('A page’s message could not be handled', error)
    answer = 'It could not be done.'
  }
  channel.send(
    answer === null
      ? { type: 'ack', id: message.id, ok: true }
      : { type: 'ack', id: message.id, ok: false, message: answer },
  )
}

/** Does what a message asks; null when done, else why not. */
async function carryOut(
  deps: PageMessageDeps,
  channel: LanChannel,
  message: PageMessage,
): Promise<string | null> {
  const needed = message.type === 'command' ? 'remote' : 'participant'
  if (channel.capability !== needed)
    return needed === 'remote'
      ? 'This link can follow the session but not control it.'
      : 'Only a participant link sends questions, notes and votes.'
  switch (message.type) {
    case 'command': {
      const result = await deps.run.command(message.command)
      return result.ok ? null : result.message
    }
    case 'input':
      return takeInput(deps, channel.device, message)
    case 'ballot':
      return takeBallot(deps, message)
  }
}

async function takeInput(
  deps: PageMessageDeps,
  device: string,
  { kind, name, text }: Extract<PageMessage, { type: 'input' }>,
): Promise<string | null> {
  const { participants } = deps
  // Its place in the list is taken before the record is written, so inputs arriving together
  // cannot all pass the device's quota or the list's bound.
  const problem = participants.claimInput(device)
  if (problem !== null) return problem
  // In the record (journaled) before the phone hears it arrived: an acknowledged question is
  // never lost.
  let note: Result<Note>
  try {
    note = await deps.record(
      describeInput(kind, name, text),
      kind === 'question' ? 'question' : null,
    )
  } finally {
    participants.releaseInput(device)
  }
  if (!note.ok) return note.message
  participants.addInput(device, { id: note.value.id, kind, name, text, at: note.value.at })
  deps.afterInput()
  return null
}

async function takeBallot(
  deps: PageMessageDeps,
  { voteId, voter, choices }: Extract<PageMessage, { type: 'ballot' }>,
): Promise<string | null> {
  const problem = deps.participants.ballotProblem(voteId, choices)
  if (problem !== null) return problem
  // On disk before the phone hears it was counted, as questions are.
  try {
    await deps.voteJournal.ballot(voteId, voter, choices)
  } catch (error) {
    deps.log.warn('A ballot could not be kept', error)
    return 'Your vote could not be saved: send it again in a moment.'
  }
  // The vote may have closed meanwhile.
  const closed = deps.participants.cast(voteId, voter, choices)
  if (closed !== null) return closed
  deps.afterInput()
  return null
}
