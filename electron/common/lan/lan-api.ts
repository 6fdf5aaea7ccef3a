import type { NoArgument } from '../api/contract'
import type { Result } from '../api/result'
import type { LanReach, LanStatus } from './lan-status'

/** The console's calls for opening the session to the room's network. */
export interface LanApi {
  /** Whether the session is open to the room's network, and the links to share. */
  getLanStatus(arg: NoArgument): Promise<Result<LanStatus>>
  /**
   * Opens the session to the room's network (on the port given, or the last one), or closes it:
   * closing ends every page's channel.
   */
  setLanOpen(arg: { open: boolean; port?: number }): Promise<Result<LanStatus>>
  /** New tokens for every link: the links given out before stop working at once. */
  renewLanLinks(arg: NoArgument): Promise<Result<LanStatus>>
  /** Asks the server at each of its addresses whether it answers. */
  checkLanReach(arg: NoArgument): Promise<Result<LanReach[]>>
  /** Opens or closes participants' questions and notes. */
  setParticipantInputs(arg: { open: boolean }): Promise<Result<LanStatus>>
  /** Shows a participant's question or note on the room, hides it, marks it, or drops it. */
  moderateInput(arg: {
    id: string
    action: 'show' | 'hide' | 'answered' | 'done' | 'drop'
  }): Promise<Result<LanStatus>>
  /** Opens a vote to the participants: one choice, or a number of dots each. */
  openVote(arg: {
    question: string
    options: string[]
    mode: 'one' | 'dots'
    dots: number
  }): Promise<Result<LanStatus>>
  /** Closes the vote; its result goes into the session record. */
  closeVote(arg: NoArgument): Promise<Result<LanStatus>>
  /** Shows the vote's result as a chart on the room, or takes it off. */
  showVoteOnRoom(arg: { on: boolean }): Promise<Result<LanStatus>>
  /** Shows how to join from a phone (QR code and short address) on the room, or takes it off. */
  showJoinOnRoom(arg: { on: boolean }): Promise<Result<LanStatus>>
}
