import { randomInt } from 'node:crypto'
import { fail, succeed, type Result } from '@common/api/result'
import { refuse, type AppTranslator } from '../refusal'
import type { GroupingRules, Person } from '@common/domain/grouping/grouping-schema'
import {
  changeRoster,
  planSessionRoster,
  type RosterChange,
  type RosterView,
  type SessionRoster,
} from '@common/domain/grouping/session-roster'
import type { RunState } from '@common/domain/run/run-state'
import { formatRef } from '@common/i18n/message-ref'
import type { GroupsPrint } from '@common/handouts/groups/groups-document'
import type { OsPorts } from '../os-ports'
import type { SessionService } from '../session/session-service'
import { countNamedPacksPdf, exportGroupsPdf } from './render-groups'
import { countNamedPacks, type NamedPacksCount } from '@common/handouts/groups/named-packs'

/**
 * The roster of the running session and its rounds: drawn from the run's own copy of the
 * workshop, kept by the session service in the record, and announced to both windows on change.
 */
export class RosterService {
  private shownExerciseId: string | null = null

  constructor(
    private readonly sessions: SessionService,
    private readonly runState: () => RunState | null,
    private readonly announce: (view: RosterView) => void,
    private readonly t: AppTranslator,
    private readonly newSeed: () => number = () => randomInt(0, 2 ** 32 - 1),
  ) {}

  get current(): SessionRoster | null {
    return this.runState() === null ? null : this.sessions.roster
  }

  get view(): RosterView {
    const roster = this.current
    const shown = roster?.rounds.some((round) => round.exerciseId === this.shownExerciseId)
    return { roster, shownExerciseId: shown === true ? this.shownExerciseId : null }
  }

  private async keep(roster: SessionRoster | null): Promise<Result<SessionRoster | null>> {
    const kept = await this.sessions.setRoster(roster)
    // The groups apply even when the record could not be written: the room needs them now.
    this.announce(this.view)
    return kept
  }

  /** Puts an exercise's groups on the room, or (null) takes them off. */
  show(exerciseId: string | null): Result<RosterView> {
    const roster = this.current
    if (exerciseId !== null && !roster?.rounds.some((round) => round.exerciseId === exerciseId)) {
      return refuse(this.t, 'not-found', 'errors.roster.noGroupsForExercise')
    }
    this.shownExerciseId = exerciseId
    this.announce(this.view)
    return succeed(this.view)
  }

  /** Draws groups for `people` by `rules`; a null seed draws new ones (a reshuffle). */
  async arrange(
    people: Person[],
    rules: Omit<GroupingRules, 'seed'>,
    seed: number | null,
  ): Promise<Result<SessionRoster>> {
    const state = this.runState()
    if (state === null) return refuse(this.t, 'not-found', 'errors.roster.needsSession')
    const planned = planSessionRoster(state.workshop, people, {
      ...rules,
      seed: seed ?? this.newSeed(),
    })
    if (!planned.ok) return fail('invalid-argument', formatRef(this.t(), planned.message))
    const kept = await this.keep(planned.roster)
    return kept.ok ? succeed(planned.roster) : kept
  }

  /** Swaps two people, adds a late arrival, or takes out someone who left. */
  async change(change: RosterChange): Promise<Result<SessionRoster>> {
    const state = this.runState()
    const roster = this.current
    if (state === null || roster === null) return refuse(this.t, 'not-found', 'errors.roster.none')
    const changed = changeRoster(state.workshop, roster, change, state.itemIndex)
    if (!changed.ok) return fail('invalid-argument', formatRef(this.t(), changed.message))
    const kept = await this.keep(changed.roster)
    return kept.ok ? succeed(changed.roster) : kept
  }

  /** Removes names and groups from the running session (null) or a past one's record. */
  async clear(fileName: string | null): Promise<Result<{ fileName: string | null }>> {
    const cleared = await this.sessions.clearRoster(fileName)
    if (cleared.ok && (fileName === null || fileName === this.sessions.liveFileName))
      this.announce(this.view)
    return cleared
  }

  /**
   * What the running session's named packs come to, double-sided, before printing; no packs
   * when the session has no roster.
   */
  async countNamedPacks(
    options: { paper: 'a4' | 'letter'; largePrint: boolean },
    fontsFolder: string,
  ): Promise<Result<NamedPacksCount>> {
    const state = this.runState()
    const roster = this.current
    if (state === null || roster === null) return succeed(countNamedPacks([], 0, true))
    return countNamedPacksPdf(state.workshop, roster, options, fontsFolder)
  }

  /** Prints the running session's rotation table, name cards or named packs as a PDF. */
  async print(
    kind: GroupsPrint,
    options: { paper: 'a4' | 'letter'; largePrint: boolean; openAfter: boolean },
    fontsFolder: string,
    os: OsPorts,
  ): Promise<Result<{ path: string }>> {
    const state = this.runState()
    const roster = this.current
    if (state === null || roster === null) return refuse(this.t, 'not-found', 'errors.roster.none')
    return exportGroupsPdf(state.workshop, roster, kind, options, fontsFolder, os, this.t)
  }
}
