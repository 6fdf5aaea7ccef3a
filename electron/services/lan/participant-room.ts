import { randomUUID } from 'node:crypto'
import {
  ballotProblem,
  tallyOf,
  type InboxItem,
  type Moderation,
  type OpenVote,
  type RoomAudience,
  type VoteTally,
} from '@common/lan/participants'

/** Far more than a workshop room sends in a day; beyond it, inputs are refused with a message. */
const MAX_INBOX = 10_000

/**
 * The participants' questions, notes and vote while the session is open to the network. Nothing
 * here reaches the room until the facilitator chooses to show it.
 */
export class ParticipantRoom {
  inputsOpen = false
  private inbox: InboxItem[] = []
  private vote: OpenVote | null = null
  private voteOpen = false
  private readonly ballots = new Map<string, number[]>()
  private shownInput: string | null = null
  private showTally = false

  get openVote(): OpenVote | null {
    return this.voteOpen ? this.vote : null
  }

  get moderation(): Moderation {
    return {
      inputsOpen: this.inputsOpen,
      inbox: [...this.inbox],
      vote: this.tally(),
      room: this.room,
      shownInputId: this.shownInput,
    }
  }

  get room(): RoomAudience {
    const shown = this.inbox.find((item) => item.id === this.shownInput)
    return {
      input: shown === undefined ? null : { kind: shown.kind, name: shown.name, text: shown.text },
      tally: this.showTally ? this.tally() : null,
    }
  }

  /** Why an input cannot be taken now, or null. */
  inputProblem(): string | null {
    if (!this.inputsOpen) return 'The facilitator is not taking questions or notes just now.'
    if (this.inbox.length >= MAX_INBOX) return 'The facilitator’s list is full.'
    return null
  }

  /** Lists an input once it is in the session record; `id` is its note's id there. */
  addInput(item: Omit<InboxItem, 'status'>): void {
    this.inbox.push({ ...item, status: 'new' })
  }

  moderate(id: string, action: 'show' | 'hide' | 'answered' | 'done' | 'drop'): boolean {
    const item = this.inbox.find((i) => i.id === id)
    if (item === undefined) return false
    if (action === 'drop') {
      this.inbox = this.inbox.filter((i) => i.id !== id)
      if (this.shownInput === id) this.shownInput = null
      return true
    }
    if (action === 'show') {
      this.shownInput = id
      item.status = 'shown'
    } else if (action === 'hide') {
      if (this.shownInput === id) this.shownInput = null
    } else {
      item.status = action
      if (this.shownInput === id) this.shownInput = null
    }
    return true
  }

  startVote(question: string, options: string[], mode: 'one' | 'dots', dots: number): void {
    this.vote = { id: randomUUID(), question, options, mode, dots: mode === 'one' ? 1 : dots }
    this.voteOpen = true
    this.ballots.clear()
    this.showTally = false
  }

  /** Ends the vote; its result stays for the console and the room until the next vote. */
  closeVote(): VoteTally | null {
    if (!this.voteOpen) return null
    this.voteOpen = false
    return this.tally()
  }

  setTallyShown(on: boolean): void {
    this.showTally = on && this.vote !== null
  }

  /** Counts a ballot (a voter's new ballot replaces their earlier one), or says why not. */
  cast(voteId: string, voter: string, choices: number[]): string | null {
    const vote = this.openVote
    if (vote?.id !== voteId) return 'This vote is closed.'
    const problem = ballotProblem(vote, choices)
    if (problem !== null) return problem
    this.ballots.set(voter, [...choices])
    return null
  }

  private tally(): VoteTally | null {
    return this.vote === null ? null : tallyOf(this.vote, this.ballots.values(), this.voteOpen)
  }
}
