import { succeed, type Result } from '@common/api/result'
import { refuse, type AppTranslator } from '../refusal'
import type { RoomView } from '@common/api/room-types'
import { createRunChangeSender, type RunSnapshot } from '@common/api/run-types'
import type { RunCommand } from '@common/domain/run/commands'
import type { Note, NoteTag } from '@common/domain/session/session'
import { describeTally, participantViewOf } from '@common/lan/participants'
import type { LanCapability } from '@common/lan/lan-constants'
import { DEFAULT_LAN_PORT, type LanReach, type LanStatus } from '@common/lan/lan-status'
import { formatRef, messageRef, type MessageRef } from '@common/i18n/message-ref'
import type { Logger } from '../logger'
import { buildLinks } from './lan-links'
import { reach } from './lan-reach'
import { defaultLanLimits, type LanLimits } from './lan-limits'
import { startLanServer, type LanChannel, type LanServer } from './lan-server'
import { joinAddress } from '@common/lan/join-code'
import { JoinGuard } from './join-guard'
import { LinkTokens } from './link-tokens'
import { loadPageFiles } from './page-files'
import { answerPageMessage } from './page-messages'
import { ParticipantRoom } from './participant-room'
import type { VoteJournal } from './vote-journal'

/** What the LAN service needs of the rest of the app, passed in so it is tested on its own. */
export interface LanServiceDeps {
  /** The machine's LAN addresses now (they change when the laptop joins another network). */
  addresses: () => string[]
  /** The built renderer folder holding the phone page. */
  pagesDir: string
  run: {
    readonly snapshot: RunSnapshot
    command(command: RunCommand): Promise<Result<RunSnapshot>>
  }
  room: () => RoomView
  messagePresets: () => string[]
  /** The status changed: the console redraws its switch, links and counts. */
  announce: (status: LanStatus) => void
  log: Logger
  /** Adds a note to the running session's record (journaled before it resolves). */
  record: (text: string, tag: NoteTag | null) => Promise<Result<Note>>
  /** The session clock, whose times the run state holds. */
  now: () => number
  limits?: LanLimits
  /** Where the open vote and its ballots are kept until it closes. */
  voteJournal: VoteJournal
  /** The console's language, for what the service refuses (the phones' words are their own). */
  t: AppTranslator
}

/** How long the console's view of pages and inputs may lag, so a crowd makes few updates. */
const REFRESH_MS = 150

/** Pages that follow the session: the remote and the room view (participants join in later). */
const followers: readonly LanCapability[] = ['remote', 'room']

/**
 * Opens the session to the room's network and closes it again. Remote commands go through the
 * same run service as the console's buttons, so console, room and phones always agree.
 */
export class LanService {
  private server: LanServer | null = null
  private readonly participants: ParticipantRoom
  private readonly tokens = new LinkTokens()
  private readonly joinGuard = new JoinGuard()
  private joinShown = false
  private port = DEFAULT_LAN_PORT
  private problem: MessageRef | null = null
  private listening: string[] = []
  /** The addresses the links use: loopback alone when the computer is on no network. */
  private shown: string[] = []
  private status: LanStatus
  private toRunChange = createRunChangeSender()
  private refreshTimer: NodeJS.Timeout | undefined
  /** The room views' audience as last broadcast (JSON), so an input that changes nothing sends nothing. */
  private audienceSent = ''

  constructor(private readonly deps: LanServiceDeps) {
    this.participants = new ParticipantRoom(deps.limits ?? defaultLanLimits)
    this.status = this.closedStatus()
  }

  /** The status as it is now, pages and inputs of the last moment included. */
  async latest(): Promise<LanStatus> {
    await this.refresh()
    return this.status
  }

  /** Opens (on the given port, or the last one) or closes the session to the network. */
  async setOpen(open: boolean, port?: number): Promise<Result<LanStatus>> {
    if (port !== undefined) this.port = port
    await this.stop()
    if (open) await this.start()
    else this.problem = null
    await this.refresh()
    return succeed(this.status)
  }

  /**
   * New tokens: every link given out before stops working, and its pages are disconnected within
   * a second; the server goes on listening, so the new links work at once.
   */
  async renew(): Promise<Result<LanStatus>> {
    this.tokens.renew()
    this.joinGuard.reset()
    await this.server?.revoke()
    await this.refresh()
    return succeed(this.status)
  }

  /** Puts how to join on the room screen, or takes it off. */
  async showJoin(on: boolean): Promise<Result<LanStatus>> {
    if (on && this.server === null) return refuse(this.deps.t, 'conflict', 'errors.lan.notOpen')
    this.joinShown = on
    await this.refresh()
    return succeed(this.status)
  }

  /** Asks the server at each address for its reach page, as a phone would. */
  async checkReach(): Promise<Result<LanReach[]>> {
    if (this.server === null) return refuse(this.deps.t, 'conflict', 'errors.lan.notOpen')
    const port = this.server.port
    const t = this.deps.t()
    return succeed(await Promise.all(this.status.addresses.map((a) => reach(a, port, t))))
  }

  /** Passes a session change on to the remotes and room views. */
  followRun(snapshot: RunSnapshot): void {
    // The session ended: the network closes with it and every link dies, as when switched off.
    if (snapshot.state?.status === 'ended' && this.server !== null) {
      this.close().catch((error: unknown) => this.deps.log.warn('The network did not close', error))
      return
    }
    const change = this.toRunChange(snapshot)
    this.server?.broadcast(followers, { type: 'run', change, serverNow: this.deps.now() })
    this.server?.broadcast(['participant'], { type: 'participant', view: this.participantView() })
  }

  /** Opens or closes the participants' questions and notes. */
  async setInputsOpen(open: boolean): Promise<Result<LanStatus>> {
    this.participants.inputsOpen = open
    return this.afterModeration()
  }

  /** Shows an input on the room, hides it, marks it answered or done, or drops it from the list. */
  async moderate(
    id: string,
    action: 'show' | 'hide' | 'answered' | 'done' | 'drop',
  ): Promise<Result<LanStatus>> {
    if (!this.participants.moderate(id, action))
      return refuse(this.deps.t, 'not-found', 'errors.lan.itemGone')
    return this.afterModeration()
  }

  async openVote(
    question: string,
    options: string[],
    mode: 'one' | 'dots',
    dots: number,
  ): Promise<Result<LanStatus>> {
    const vote = this.participants.startVote(question, options, mode, dots)
    const sessionId = this.deps.run.snapshot.state?.sessionId ?? ''
    await this.deps.voteJournal.opened(sessionId, vote).catch((error: unknown) => {
      // The vote goes on in memory; its ballots are refused until they can be kept.
      this.deps.log.warn('The vote could not be kept on disk', error)
    })
    return this.afterModeration()
  }

  /** Opens again the vote that was open when the app stopped, with its ballots, if any. */
  async resumeVote(): Promise<void> {
    const sessionId = this.deps.run.snapshot.state?.sessionId
    if (sessionId === undefined) return
    const journaled = await this.deps.voteJournal.restore(sessionId).catch((error: unknown) => {
      this.deps.log.warn('The vote open when the app stopped could not be read', error)
      return null
    })
    if (journaled !== null) this.participants.restoreVote(journaled.vote, journaled.ballots)
  }

  /** Closes the vote and keeps its result in the session record before saying it is closed. */
  async closeVote(): Promise<Result<LanStatus>> {
    const tally = this.participants.closeVote()
    if (tally === null) return refuse(this.deps.t, 'not-found', 'errors.lan.noVote')
    const recorded = await this.deps.record(describeTally(tally), null)
    // Once the result is in the record, the ballots need not come back after a restart.
    if (recorded.ok)
      await this.deps.voteJournal.closed().catch((error: unknown) => {
        this.deps.log.warn('The closed vote’s ballots could not be removed', error)
      })
    const after = await this.afterModeration()
    return recorded.ok ? after : recorded
  }

  async showTally(on: boolean): Promise<Result<LanStatus>> {
    this.participants.setTallyShown(on)
    return this.afterModeration()
  }

  followRoom(view: RoomView): void {
    this.server?.broadcast(['room'], { type: 'room', view })
  }

  /** Closes the network side; the tokens stay until renewed or a new session starts. */
  async close(): Promise<void> {
    await this.stop()
    await this.refresh()
  }

  private async start(): Promise<void> {
    const pages = await loadPageFiles(this.deps.pagesDir)
    if (pages.size === 0) {
      this.problem = messageRef('errors.lan.pagesMissing')
      return
    }
    const addresses = this.deps.addresses()
    this.shown = addresses.length > 0 ? addresses : ['127.0.0.1']
    // Loopback too, so this computer can check the server answers.
    this.listening = [...new Set([...addresses, '127.0.0.1'])]
    try {
      this.server = await startLanServer({
        addresses: this.listening,
        port: this.port,
        pages,
        tokens: this.tokens,
        joinGuard: this.joinGuard,
        language: () =>
          this.deps.run.snapshot.state?.workshop.language ?? this.deps.room().language ?? 'en',
        ...(this.deps.limits === undefined ? {} : { limits: this.deps.limits }),
        onWelcome: (channel) => this.welcome(channel),
        onMessage: (channel, message) =>
          answerPageMessage(
            { ...this.deps, participants: this.participants, afterInput: () => this.afterInput() },
            channel,
            message,
          ),
        onChannelsChanged: () => this.refreshSoon(),
      })
      this.port = this.server.port
      this.problem = addresses.length === 0 ? messageRef('errors.lan.noNetwork') : null
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      this.problem =
        code === 'EADDRINUSE'
          ? messageRef('errors.lan.portTaken', { port: String(this.port) })
          : messageRef('errors.lan.serverFailed', {
              reason: error instanceof Error ? error.message : String(error),
            })
      this.deps.log.warn('The session could not be opened to the network', error)
    }
  }

  private async stop(): Promise<void> {
    // Opened again, the room starts on its own screen, not on the join card.
    this.joinShown = false
    clearTimeout(this.refreshTimer)
    this.refreshTimer = undefined
    const server = this.server
    this.server = null
    await server?.close()
  }

  private welcome(channel: LanChannel): void {
    channel.send({
      type: 'welcome',
      capability: channel.capability,
      messagePresets: channel.capability === 'remote' ? this.deps.messagePresets() : [],
    })
    if (channel.capability === 'room') {
      channel.send({ type: 'room', view: this.deps.room() })
      channel.send({ type: 'audience', room: this.participants.room })
    }
    if (channel.capability === 'participant')
      channel.send({ type: 'participant', view: this.participantView() })
    if (followers.includes(channel.capability))
      channel.send({
        type: 'run',
        // A sender of its own has sent nothing yet, so its change carries the workshop too.
        change: createRunChangeSender()(this.deps.run.snapshot),
        serverNow: this.deps.now(),
      })
  }

  /** Tells the console, the room views and the participants what changed. */
  private async afterModeration(): Promise<Result<LanStatus>> {
    const room = this.participants.room
    this.audienceSent = JSON.stringify(room)
    this.server?.broadcast(['room'], { type: 'audience', room })
    this.server?.broadcast(['participant'], { type: 'participant', view: this.participantView() })
    await this.refresh()
    return succeed(this.status)
  }

  private participantView() {
    return participantViewOf(
      this.deps.run.snapshot.state,
      this.participants.inputsOpen,
      this.participants.openVote,
    )
  }

  /**
   * After a participant's input: the room views hear at once when what they show changed (a
   * ballot while the tally is shown; a question shows nowhere until the facilitator chooses it),
   * the console within a moment. A room of phones asking or voting together makes one console
   * update, not one each.
   */
  private afterInput(): void {
    const room = this.participants.room
    const text = JSON.stringify(room)
    if (text !== this.audienceSent) this.server?.broadcast(['room'], { type: 'audience', room })
    this.audienceSent = text
    this.refreshSoon()
  }

  private refreshSoon(): void {
    if (this.refreshTimer !== undefined) return
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined
      void this.refresh()
    }, REFRESH_MS)
  }

  private async refresh(): Promise<void> {
    const server = this.server
    if (server === null) {
      this.status = this.closedStatus()
    } else {
      const shown = this.shown
      this.status = {
        open: true,
        port: server.port,
        addresses: shown,
        links: await buildLinks(shown, server.port, this.tokens, server.countChannels()),
        join: {
          code: this.tokens.joinCode,
          addresses: shown.map((address) =>
            joinAddress(address, server.port, this.tokens.joinCode),
          ),
          working: !this.joinGuard.retired,
          shownOnRoom: this.joinShown,
        },
        problem: this.sayProblem(),
        moderation: this.participants.moderation,
      }
    }
    this.deps.announce(this.status)
  }

  /** What went wrong opening the network, in the app's language as it is now. */
  private sayProblem(): string | null {
    return this.problem === null ? null : formatRef(this.deps.t(), this.problem)
  }

  private closedStatus(): LanStatus {
    return {
      open: false,
      port: this.port,
      addresses: [],
      links: [],
      join: null,
      problem: this.sayProblem(),
      moderation: this.participants.moderation,
    }
  }
}
