import { z } from 'zod'
import { ballotProblem, type OpenVote } from '@common/lan/participants'
import { readJournal, type AppendJournal } from '../storage/append-journal'

/** The open vote of a session and its ballots, as the journal brings them back after a restart. */
export interface JournaledVote {
  vote: OpenVote
  /** Each voter's last ballot. */
  ballots: Map<string, number[]>
}

const entrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('opened'),
    sessionId: z.string(),
    vote: z.object({
      id: z.string(),
      question: z.string(),
      options: z.array(z.string()),
      mode: z.enum(['one', 'dots']),
      dots: z.number().int().min(1),
    }),
  }),
  z.object({
    kind: z.literal('ballot'),
    voteId: z.string(),
    voter: z.string(),
    choices: z.array(z.number().int().min(0)),
  }),
])

/**
 * The open vote and every ballot, each on disk before the phone hears it was counted, so a vote
 * survives the app stopping mid-vote as questions do. The file holds one vote: opening the next
 * starts it afresh, and closing a vote (its result then in the session record) removes it.
 */
export class VoteJournal {
  constructor(private readonly journal: AppendJournal) {}

  /** Starts the journal afresh with the vote just opened. */
  async opened(sessionId: string, vote: OpenVote): Promise<void> {
    await this.journal.fold(() => Promise.resolve())
    await this.journal.append({ kind: 'opened', sessionId, vote })
  }

  ballot(voteId: string, voter: string, choices: readonly number[]): Promise<void> {
    return this.journal.append({ kind: 'ballot', voteId, voter, choices })
  }

  /** The vote was closed and its result recorded: nothing is left to bring back. */
  closed(): Promise<void> {
    return this.journal.fold(() => Promise.resolve())
  }

  /**
   * The vote that was open in this session when the app stopped, with its ballots; null when
   * none was (a vote of another session is dropped). Lines that cannot be read are skipped.
   */
  async restore(sessionId: string): Promise<JournaledVote | null> {
    const entries = (await readJournal(this.journal.path)).flatMap((entry) => {
      const parsed = entrySchema.safeParse(entry)
      return parsed.success ? [parsed.data] : []
    })
    const [first, ...rest] = entries
    if (first?.kind !== 'opened' || first.sessionId !== sessionId) {
      await this.closed()
      return null
    }
    const ballots = new Map<string, number[]>()
    for (const entry of rest)
      if (
        entry.kind === 'ballot' &&
        entry.voteId === first.vote.id &&
        ballotProblem(first.vote, entry.choices) === null
      )
        ballots.set(entry.voter, entry.choices)
    return { vote: first.vote, ballots }
  }
}
