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
import type { LanLimits } from './lan-limits'

/**
 * The participants' questions, notes and vote while the session is open to the network. Nothing
 * here reaches the room until the facilitator chooses to show it.
 */
export class ParticipantRoom {
  inputsOpen = false
  private inbox: InboxItem[] = []
  /**
   * Each listed input by id, with the device it came from (kept out of what the console sees).
   * With the per-device count of new inputs, a crowd's every input costs the same whatever the
   * list's length: no step of taking one walks the list.
   */
  private readonly listed = new Map<string, { item: InboxItem; device: string }>()
  /** How many of each device's listed inputs are still new, for its quota. */
  private readonly newFrom = new Map<string, number>()
  /** Inputs of each device being written to the record, already counted against its quota. */
  private readonly claimed = new Map<string, number>()
  private claimedTotal = 0
  private vote: OpenVote | null = null
  private voteOpen = false
  private readonly ballots = new Map<string, number[]>()
  private shownInput: string | null = null
  private showTally = false

  constructor(private readonly limits: Pick<LanLimits, 'inputsWaitingPerDevice' | 'maxInbox'>) {}

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
    const shown = this.shownInput === null ? undefined : this.listed.get(this.shownInput)?.item
    return {
      input: shown === undefined ? null : { kind: shown.kind, name: shown.name, text: shown.text },
      tally: this.showTally ? this.tally() : null,
    }
  }

  /**
   * Takes a place in the list for a device's input, or says why not: a device has at most
   * `inputsWaitingPerDevice` inputs not yet gone through; at the list's bound the oldest answered
   * or done item folds away (it stays in the session's notes), and only when none can is the
   * input refused. Release the claim once the record is written or failed, before listing it.
   */
  claimInput(device: string): string | null {
    if (!this.inputsOpen) return 'The facilitator is not taking questions or notes just now.'
    const waiting = (this.newFrom.get(device) ?? 0) + (this.claimed.get(device) ?? 0)
    if (waiting >= this.limits.inputsWaitingPerDevice)
      return `You have ${String(waiting)} questions or notes waiting: send more once the facilitator has gone through them.`
    if (this.inbox.length + this.claimedTotal >= this.limits.maxInbox && !this.foldOldestDone())
      return 'The facilitator’s list is full.'
    this.claimed.set(device, (this.claimed.get(device) ?? 0) + 1)
    this.claimedTotal += 1
    return null
  }

  releaseInput(device: string): void {
    const claimed = this.claimed.get(device) ?? 0
    if (claimed <= 1) this.claimed.delete(device)
    else this.claimed.set(device, claimed - 1)
    this.claimedTotal = Math.max(0, this.claimedTotal - 1)
  }

  /** Lists an input once it is in the session record (its claim released); `id` is its note's id. */
  addInput(device: string, item: Omit<InboxItem, 'status'>): void {
    const listed: InboxItem = { ...item, status: 'new' }
    this.inbox.push(listed)
    this.listed.set(item.id, { item: listed, device })
    this.countNew(device, 1)
  }

  private countNew(device: string, by: 1 | -1): void {
    const count = (this.newFrom.get(device) ?? 0) + by
    if (count <= 0) this.newFrom.delete(device)
    else this.newFrom.set(device, count)
  }

  /** Takes an item off the list, and off its device's count while it was new. */
  private unlist(id: string): void {
    const listed = this.listed.get(id)
    if (listed === undefined) return
    this.listed.delete(id)
    if (listed.item.status === 'new') this.countNew(listed.device, -1)
  }

  /** Takes the oldest answered or done item off the list; false when there is none. */
  private foldOldestDone(): boolean {
    const index = this.inbox.findIndex(
      (i) => (i.status === 'answered' || i.status === 'done') && i.id !== this.shownInput,
    )
    if (index < 0) return false
    const [folded] = this.inbox.splice(index, 1)
    if (folded !== undefined) this.unlist(folded.id)
    return true
  }

  moderate(id: string, action: 'show' | 'hide' | 'answered' | 'done' | 'drop'): boolean {
    const listed = this.listed.get(id)
    if (listed === undefined) return false
    const { item, device } = listed
    if (action === 'drop') {
      this.inbox = this.inbox.filter((i) => i.id !== id)
      this.unlist(id)
      if (this.shownInput === id) this.shownInput = null
      return true
    }
    // Shown, answered or done, it no longer waits against its device's quota ('hide' keeps it).
    if (item.status === 'new' && action !== 'hide') this.countNew(device, -1)
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

  startVote(question: string, options: string[], mode: 'one' | 'dots', dots: number): OpenVote {
    const vote = { id: randomUUID(), question, options, mode, dots: mode === 'one' ? 1 : dots }
    this.restoreVote(vote, new Map())
    return vote
  }

  /** Opens a vote again with the ballots it had (after the app stopped mid-vote). */
  restoreVote(vote: OpenVote, ballots: ReadonlyMap<string, number[]>): void {
    this.vote = vote
    this.voteOpen = true
    this.ballots.clear()
    for (const [voter, choices] of ballots) this.ballots.set(voter, [...choices])
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

  /** Why a ballot cannot be counted, or null. */
  ballotProblem(voteId: string, choices: readonly number[]): string | null {
    const vote = this.openVote
    if (vote?.id !== voteId) return 'This vote is closed.'
    return ballotProblem(vote, choices)
  }

  /** Counts a ballot (a voter's new ballot replaces their earlier one), or says why not. */
  cast(voteId: string, voter: string, choices: readonly number[]): string | null {
    const problem = this.ballotProblem(voteId, choices)
    if (problem !== null) return problem
    this.ballots.set(voter, [...choices])
    return null
  }

  private tally(): VoteTally | null {
    return this.vote === null ? null : tallyOf(this.vote, this.ballots.values(), this.voteOpen)
  }
}
