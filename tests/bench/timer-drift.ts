import { applyCommand, advanceDuePhases, createRun } from '@common/domain/run/transitions'
import { phasesOf, type RunState } from '@common/domain/run/run-state'
import type { RunCommand } from '@common/domain/run/commands'
import { remainingMs } from '@common/domain/run/timer'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { makeSeededRandom } from '@common/domain/grouping/seeded-random'

const MINUTE = 60_000
const THREE_HOURS = 3 * 60 * MINUTE

/**
 * The reference the timer maths is checked against: a plain tick counter in whole milliseconds,
 * which is exact because it only ever adds integers. It follows the same commands on its own,
 * so a mistake in the run's timestamp arithmetic shows up as a difference.
 */
class TickCounter {
  itemIndex = 0
  phaseIndex = 0
  counted = 0
  adjustment = 0
  running = false

  constructor(private readonly state: RunState) {}

  private phase() {
    const item = this.state.workshop.exercises[this.itemIndex]
    const phase = item === undefined ? undefined : phasesOf(item)[this.phaseIndex]
    if (phase === undefined) throw new Error('reference left the agenda')
    return phase
  }

  remaining(): number {
    return this.phase().minutes * MINUTE + this.adjustment - this.counted
  }

  private moveNext(): boolean {
    const item = this.state.workshop.exercises[this.itemIndex]
    if (item !== undefined && this.phaseIndex + 1 < phasesOf(item).length) {
      this.phaseIndex += 1
    } else if (this.itemIndex + 1 < this.state.workshop.exercises.length) {
      this.itemIndex += 1
      this.phaseIndex = 0
    } else {
      return false
    }
    this.counted = 0
    this.adjustment = 0
    return true
  }

  /** Counts `ms` of wall time, moving on at zero where the phase advances on its own. */
  count(ms: number): void {
    let left = ms
    while (this.running && left > 0) {
      const untilZero = this.remaining()
      if (this.phase().advancesAutomatically && untilZero > 0 && untilZero <= left) {
        this.counted += untilZero
        left -= untilZero
        if (!this.moveNext()) break
      } else {
        this.counted += left
        left = 0
      }
    }
  }

  apply(command: RunCommand): void {
    if (command.type === 'start' || command.type === 'resume') this.running = true
    if (command.type === 'pause') this.running = false
    if (command.type === 'adjust') this.adjustment += command.minutes * MINUTE
    if (command.type === 'nextPhase') this.moveNext()
    if (command.type === 'jump') {
      this.itemIndex = command.itemIndex
      this.phaseIndex = 0
      this.counted = 0
      this.adjustment = 0
    }
  }
}

/**
 * A gap between frames as a laptop produces them: mostly one vsync, sometimes a dropped frame or
 * two, now and then a long stall (a busy machine, a window dragged, a lid half closed).
 */
function nextFrameGap(random: () => number): number {
  const roll = random()
  if (roll < 0.9) return 16 + Math.floor(random() * 2)
  if (roll < 0.99) return 17 + Math.floor(random() * 50)
  if (roll < 0.999) return 100 + Math.floor(random() * 900)
  return 1_000 + Math.floor(random() * 4_000)
}

/** What a facilitator does now and then during a session, weighted towards the common. */
function pickCommand(state: RunState, now: number, random: () => number): RunCommand | null {
  const roll = random()
  if (state.status === 'paused') return roll < 0.02 ? { type: 'resume' } : null
  if (roll < 0.00005) return { type: 'pause' }
  if (roll < 0.0001) return { type: 'adjust', minutes: random() < 0.7 ? 1 : -1 }
  // Moves on when the phase is nearly over or has run a little over, as people do.
  if (remainingMs(state, now) < 20_000 && roll < 0.0003) return { type: 'nextPhase' }
  return null
}

/**
 * Runs the built-in workshop for three simulated hours of irregular frames and facilitator
 * commands, comparing the remaining time derived from the run's timestamps with the tick
 * counter at every frame. Returns the largest difference seen, in ms.
 */
export function measureTimerDrift(seed = 20261127): { maxDriftMs: number; frames: number } {
  const random = makeSeededRandom(seed)
  const start = Date.UTC(2026, 10, 27, 9, 0, 0)
  let state = createRun(
    'bench',
    { source: 'builtin', id: 'mentoring-guide' },
    loadBuiltinWorkshop(),
  )
  const reference = new TickCounter(state)
  state = applyCommand(state, { type: 'start' }, start)
  reference.apply({ type: 'start' })
  let now = start
  let maxDriftMs = 0
  let frames = 0
  while (now - start < THREE_HOURS) {
    const gap = nextFrameGap(random)
    now += gap
    reference.count(gap)
    // The run service advances due phases on its timer; the display sees the same result.
    state = advanceDuePhases(state, now)
    let command = pickCommand(state, now, random)
    const atLastItem = state.itemIndex === state.workshop.exercises.length - 1
    if (command?.type === 'nextPhase' && atLastItem) command = { type: 'jump', itemIndex: 0 }
    if (command !== null) {
      state = applyCommand(state, command, now)
      reference.apply(command)
    }
    maxDriftMs = Math.max(maxDriftMs, Math.abs(remainingMs(state, now) - reference.remaining()))
    frames += 1
  }
  return { maxDriftMs, frames }
}
