import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import type { Low } from 'lowdb'
import type { RunSnapshot } from '@common/api/run-types'
import { succeed, type Result } from '@common/api/result'
import { refuse, type AppTranslator } from '../refusal'
import type { WorkshopRef } from '@common/api/library-types'
import type { RunCommand } from '@common/domain/run/commands'
import { runStateSchema, type RunState } from '@common/domain/run/run-state-schema'
import {
  advanceDuePhases,
  applyCommand,
  createRun,
  nextAutoAdvanceAt,
  shiftTimeline,
} from '@common/domain/run/transitions'
import type { Workshop } from '@common/domain/workshop/schema'
import type { Storage } from '../storage/storage'
import type { Clock } from './clock'

/** How often a counting session checks whether the computer's clock was set. */
const WALL_CHECK_MS = 1000
/** Smaller differences are the two clocks' ordinary drift, not someone setting the time. */
const WALL_JUMP_MS = 2000

const restorePointSchema = z.object({ state: runStateSchema.nullable() })
type RestorePoint = z.infer<typeof restorePointSchema>

const codec = {
  // A restore point that cannot be read throws here; storage then sets the file aside and the
  // app starts with nothing to resume, never a failed start.
  parse: (text: string): RestorePoint => restorePointSchema.parse(JSON.parse(text)),
  serialize: (data: RestorePoint) => `${JSON.stringify(data)}\n`,
}

function isActive(state: RunState | null): boolean {
  return state !== null && (state.status === 'running' || state.status === 'paused')
}

/**
 * Owns the one run state. Every change is saved as a restore point and sent to both windows; a
 * phase that advances on its own is moved on by a timer set for exactly its due time.
 */
export class RunService {
  private cancelTimer: () => void = () => undefined
  private cancelWallCheck: () => void = () => undefined

  private constructor(
    private readonly db: Low<RestorePoint>,
    private readonly clock: Clock,
    private readonly announce: (snapshot: RunSnapshot) => void,
    private needsResumeConfirmation: boolean,
    private readonly t: AppTranslator,
  ) {}

  /** Loads the restore point. A session that was counting when the app stopped waits for the user. */
  static async open(
    storage: Storage,
    userDataDir: string,
    clock: Clock,
    announce: (snapshot: RunSnapshot) => void,
    t: AppTranslator,
  ): Promise<RunService> {
    const db = await storage.open(
      join(userDataDir, 'run-restore.json'),
      codec,
      { state: null },
      { what: 'The running session’s restore point' },
    )
    return new RunService(db, clock, announce, isActive(db.data.state), t)
  }

  get snapshot(): RunSnapshot {
    return { state: this.db.data.state, needsResumeConfirmation: this.needsResumeConfirmation }
  }

  /** Prepares a session on a workshop; the room shows its title screen until Start. */
  async start(
    ref: WorkshopRef,
    workshop: Workshop,
    replace: boolean,
  ): Promise<Result<RunSnapshot>> {
    if (isActive(this.db.data.state) && !replace) {
      return refuse(this.t, 'conflict', 'errors.run.stillRunning')
    }
    this.needsResumeConfirmation = false
    return this.commit(createRun(randomUUID(), ref, workshop))
  }

  async command(command: RunCommand): Promise<Result<RunSnapshot>> {
    const state = this.db.data.state
    if (state === null) return refuse(this.t, 'not-found', 'errors.run.noneOpen')
    if (this.needsResumeConfirmation) {
      return refuse(this.t, 'conflict', 'errors.run.resumeFirst')
    }
    const now = this.clock.now()
    return this.commit(
      advanceDuePhases(applyCommand(advanceDuePhases(state, now), command, now), now),
    )
  }

  /** After a restart: continue the interrupted session where it is now, or end it. */
  async resolveRestore(resume: boolean): Promise<Result<RunSnapshot>> {
    const state = this.db.data.state
    this.needsResumeConfirmation = false
    if (state === null) return succeed(this.snapshot)
    const now = this.clock.now()
    const next = resume ? advanceDuePhases(state, now) : applyCommand(state, { type: 'end' }, now)
    return this.commit(next)
  }

  /** Closes the session view; the restore point is cleared. */
  async close(): Promise<Result<RunSnapshot>> {
    this.needsResumeConfirmation = false
    return this.commit(null)
  }

  /** Picks up automatic advances after a restart once the user chose to continue. */
  resumeTimers(): void {
    if (!this.needsResumeConfirmation) this.scheduleAutoAdvance()
  }

  dispose(): void {
    this.cancelTimer()
    this.cancelWallCheck()
  }

  private async commit(state: RunState | null): Promise<Result<RunSnapshot>> {
    this.db.data = { state }
    this.scheduleAutoAdvance()
    this.scheduleWallCheck()
    this.announce(this.snapshot)
    try {
      await this.db.write()
    } catch {
      // The run goes on in memory; the next change tries to save the restore point again.
    }
    return succeed(this.snapshot)
  }

  private scheduleAutoAdvance(): void {
    this.cancelTimer()
    const state = this.db.data.state
    if (state === null) return
    const due = nextAutoAdvanceAt(state)
    if (due === null) return
    this.cancelTimer = this.clock.schedule(() => {
      const current = this.db.data.state
      if (current === null) return
      void this.commit(advanceDuePhases(current, this.clock.now()))
    }, due - this.clock.now())
  }

  /**
   * The windows count down with the computer's clock, so when it is set mid-session the session's
   * timestamps move by the same amount and the clock is realigned: the time left stays as it was.
   */
  private scheduleWallCheck(): void {
    this.cancelWallCheck()
    if (this.clock.wallOffset === undefined || !isActive(this.db.data.state)) return
    this.cancelWallCheck = this.clock.schedule(() => {
      const current = this.db.data.state
      const offset = this.clock.wallOffset?.() ?? 0
      if (current === null || Math.abs(offset) < WALL_JUMP_MS) {
        this.scheduleWallCheck()
        return
      }
      this.clock.realign?.()
      void this.commit(shiftTimeline(current, offset))
    }, WALL_CHECK_MS)
  }
}
