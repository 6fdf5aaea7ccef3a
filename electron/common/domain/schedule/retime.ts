import type { AgendaItem, Exercise, Phase, Workshop } from '../workshop/schema'
import { formatDuration, itemMinutes } from '../workshop/schedule'

/**
 * How a re-timing makes the rest of a workshop fit:
 * - `shorten`: shorten the flexible exercises in proportion to their length; breaks and
 *   exercises not marked flexible keep their length.
 * - `dropOptional`: drop exercises marked optional, as few as possible, the latest first;
 *   nothing is shortened.
 */
export type RetimingStrategy = 'shorten' | 'dropOptional'

/** What to re-time: the items from `fromIndex` (inclusive) to the end, into `availableMinutes`. */
export interface RetimingOptions {
  /** Index in `workshop.exercises` of the first item to re-time; earlier items are left alone. */
  fromIndex: number
  /** Minutes the re-timed items may take together. */
  availableMinutes: number
  strategy: RetimingStrategy
}

/** One agenda item whose length a re-timing changes. */
export interface RetimingChange {
  id: string
  title: string
  fromMinutes: number
  /** The new length in half minutes, or 0 when the item is dropped. */
  toMinutes: number
  dropped: boolean
}

/**
 * A proposed re-timing, shown to the facilitator before it is applied. Plain data, so it can cross
 * IPC and sit in an undo history.
 */
export interface RetimingProposal {
  strategy: RetimingStrategy
  /** True when the proposal fits the available minutes. */
  feasible: boolean
  /** The first re-timed item, as given (clamped to the agenda). */
  fromIndex: number
  /** Minutes the re-timed items take now. */
  currentMinutes: number
  /** Minutes they would take with the changes: at most `availableMinutes` when feasible. */
  proposedMinutes: number
  availableMinutes: number
  /** Only the items that change, in agenda order. */
  changes: RetimingChange[]
  /** Why the proposal does not fit, in words for the facilitator; only when not feasible. */
  reason?: string
}

/**
 * The shortest a shortened exercise may become, per phase: below a minute a phase is no longer
 * something a room can do, so shortening stops here and says it cannot fit.
 */
export const MINIMUM_MINUTES_PER_PHASE = 1

// What every proposal states, whatever the strategy then changes.
type ProposalBase = Omit<RetimingProposal, 'feasible' | 'proposedMinutes' | 'changes'>

// New lengths are whole half minutes: finer steps mean nothing on a room countdown.
const STEPS_PER_MINUTE = 2
// Sums of fractional minutes pick up floating-point noise; this is far below anything a clock shows.
const EPSILON = 1e-9

/**
 * Proposes how to re-time the items from `options.fromIndex` to the end so that they take at most
 * `options.availableMinutes`. Items before `fromIndex` are neither changed nor counted. When the
 * items already fit, the proposal is feasible and changes nothing. When they cannot be made to fit,
 * the proposal is not feasible, says why, and carries the closest it can get.
 */
export function proposeRetiming(workshop: Workshop, options: RetimingOptions): RetimingProposal {
  const fromIndex = clampIndex(options.fromIndex, workshop.exercises.length)
  const remaining = workshop.exercises.slice(fromIndex)
  const base: ProposalBase = {
    strategy: options.strategy,
    fromIndex,
    currentMinutes: sumMinutes(remaining),
    availableMinutes: Number.isNaN(options.availableMinutes)
      ? 0
      : Math.max(0, options.availableMinutes),
  }
  if (fits(base.currentMinutes, base.availableMinutes)) {
    return { ...base, feasible: true, proposedMinutes: base.currentMinutes, changes: [] }
  }
  if (options.strategy === 'shorten') return proposeShortening(remaining, base)
  // A workshop needs at least one item, so when every item could be dropped the first one stays.
  return proposeDropping(remaining, base, fromIndex === 0)
}

/** Proposes fitting the whole workshop into a slot of `totalMinutes`, as the editor's "fit to a slot". */
export function fitToSlot(
  workshop: Workshop,
  totalMinutes: number,
  strategy: RetimingStrategy,
): RetimingProposal {
  return proposeRetiming(workshop, { fromIndex: 0, availableMinutes: totalMinutes, strategy })
}

/**
 * Returns a new workshop with a proposal's changes made: dropped items removed, and shortened
 * exercises' phases scaled in proportion to whole half minutes (at least half a minute each) that
 * add up exactly to the new length. Changes are matched by id, so a proposal made before an edit
 * touches only items that still exist. A break is only ever dropped, never re-timed. Applies an
 * infeasible proposal too (its best effort); showing the reason first is the caller's choice.
 * Never mutates the input; items that do not change are shared with it.
 */
export function applyRetiming(workshop: Workshop, proposal: RetimingProposal): Workshop {
  const changes = new Map(proposal.changes.map((change) => [change.id, change]))
  const exercises = workshop.exercises.flatMap((item): AgendaItem[] => {
    const change = changes.get(item.id)
    if (change === undefined) return [item]
    if (change.dropped) return []
    if (item.kind === 'break') return [item]
    return [{ ...item, phases: scalePhases(item.phases, change.toMinutes) }]
  })
  return { ...workshop, exercises }
}

/** A flexible exercise that has room to shrink, with its bounds counted in half-minute steps. */
interface Shrinkable {
  exercise: Exercise
  minimumSteps: number
  /** Its length rounded down to a step: shortening never lengthens, even by rounding. */
  fullSteps: number
}

function proposeShortening(remaining: AgendaItem[], base: ProposalBase): RetimingProposal {
  const shrinkable = remaining.flatMap(toShrinkable)
  const shrinkableIds = new Set(shrinkable.map((item) => item.exercise.id))
  const fixedMinutes = sumMinutes(remaining.filter((item) => !shrinkableIds.has(item.id)))
  // Rounded down, so the shortened lengths always fit with no rounding allowance.
  const budgetSteps = Math.floor(
    (base.availableMinutes - fixedMinutes) * STEPS_PER_MINUTE + EPSILON,
  )
  const minimumSteps = sum(shrinkable.map((item) => item.minimumSteps))
  const feasible = minimumSteps <= budgetSteps
  const steps = feasible
    ? shareSteps(shrinkable, budgetSteps)
    : shrinkable.map((item) => item.minimumSteps)
  const changes = shrinkable
    .map((item, index) => toChange(item.exercise, (steps[index] ?? 0) / STEPS_PER_MINUTE))
    .filter((change) => Math.abs(change.toMinutes - change.fromMinutes) > EPSILON)
  const proposedMinutes = fixedMinutes + sum(steps) / STEPS_PER_MINUTE
  if (feasible) return { ...base, feasible, proposedMinutes, changes }
  const reason =
    shrinkable.length === 0
      ? `None of the remaining exercises can be shortened: they run ${describeOverrun(proposedMinutes, base.availableMinutes)}.`
      : `Even with every flexible exercise cut to ${formatDuration(MINIMUM_MINUTES_PER_PHASE)} a phase, the rest runs ${describeOverrun(proposedMinutes, base.availableMinutes)}.`
  return { ...base, feasible, proposedMinutes, changes, reason }
}

function toShrinkable(item: AgendaItem): Shrinkable[] {
  if (item.kind !== 'exercise' || !item.flexible) return []
  const minimumSteps = item.phases.length * MINIMUM_MINUTES_PER_PHASE * STEPS_PER_MINUTE
  const fullSteps = Math.floor(itemMinutes(item) * STEPS_PER_MINUTE + EPSILON)
  // An exercise already at its minimum behaves like a fixed one.
  return fullSteps > minimumSteps ? [{ exercise: item, minimumSteps, fullSteps }] : []
}

/** Shares the budget among the exercises in proportion to their length, none below its minimum. */
function shareSteps(items: Shrinkable[], budgetSteps: number): number[] {
  const fullSteps = items.map((item) => item.fullSteps)
  if (sum(fullSteps) <= budgetSteps) return fullSteps
  return apportion(
    fullSteps,
    items.map((item) => item.minimumSteps),
    budgetSteps,
  )
}

function proposeDropping(
  remaining: AgendaItem[],
  base: ProposalBase,
  mustKeepOne: boolean,
): RetimingProposal {
  const candidates = remaining.filter((item) => item.kind === 'exercise' && item.optional)
  if (mustKeepOne && candidates.length === remaining.length) candidates.shift()
  const excess = base.currentMinutes - base.availableMinutes
  const { indices, covered } = chooseDrops(candidates.map(itemMinutes), excess)
  const droppedIds = new Set(indices.map((index) => candidates[index]?.id))
  const proposedMinutes = sumMinutes(remaining.filter((item) => !droppedIds.has(item.id)))
  const changes = remaining
    .filter((item) => droppedIds.has(item.id))
    .map((item) => ({ ...toChange(item, 0), dropped: true }))
  if (covered) return { ...base, feasible: true, proposedMinutes, changes }
  const reason =
    candidates.length === 0
      ? `None of the remaining exercises can be dropped: they run ${describeOverrun(proposedMinutes, base.availableMinutes)}.`
      : `Even without its optional exercises, the rest runs ${describeOverrun(proposedMinutes, base.availableMinutes)}.`
  return { ...base, feasible: false, proposedMinutes, changes, reason }
}

/**
 * Picks which lengths to drop to cover `excess`: the fewest that can, and among equally few the
 * latest, because a facilitator would rather lose one exercise than two, and would rather lose
 * one that is still far off. Walking from the end, an item is taken when the items before it can
 * still complete the cover within the remaining count. When nothing covers, all are dropped:
 * the closest the strategy gets.
 */
function chooseDrops(lengths: number[], excess: number): { indices: number[]; covered: boolean } {
  const fewest = countFewestCovering(lengths, excess)
  if (fewest === null) return { indices: lengths.map((_, index) => index), covered: false }
  const indices: number[] = []
  let need = excess
  let slots = fewest
  for (let index = lengths.length - 1; index >= 0 && slots > 0; index--) {
    const rest = need - (lengths[index] ?? 0)
    if (canCover(lengths.slice(0, index), rest, slots - 1)) {
      indices.unshift(index)
      need = rest
      slots--
    }
  }
  return { indices, covered: true }
}

function countFewestCovering(lengths: number[], excess: number): number | null {
  for (let count = 0; count <= lengths.length; count++) {
    if (canCover(lengths, excess, count)) return count
  }
  return null
}

/** Whether some `slots` of the lengths add up to at least `need`: true exactly when the largest do. */
function canCover(lengths: number[], need: number, slots: number): boolean {
  const largest = [...lengths].sort((a, b) => b - a).slice(0, slots)
  return sum(largest) >= need - EPSILON
}

/**
 * Scales phases to a new length in whole half minutes, each at least half a minute, adding up
 * exactly to the length. A length too short for its phases is raised to half a minute each.
 */
function scalePhases(phases: Phase[], minutes: number): Phase[] {
  const totalSteps = Math.max(phases.length, Math.round(minutes * STEPS_PER_MINUTE))
  const steps = apportion(
    phases.map((phase) => phase.minutes),
    phases.map(() => 1),
    totalSteps,
  )
  return phases.map((phase, index) => ({
    ...phase,
    minutes: (steps[index] ?? 1) / STEPS_PER_MINUTE,
  }))
}

/**
 * Splits `total` whole steps among items in proportion to their (positive) weights, none below its
 * floor; the floors must fit in the total. Items the proportion would put below their floor are
 * pinned there and the rest is shared again, so the larger items pay for the floors. Rounding
 * remainders go to the largest fractions, the earliest item first on ties, so the same input
 * always gives the same split.
 */
function apportion(weights: number[], floors: number[], total: number): number[] {
  const pinned = new Set<number>()
  for (;;) {
    const free = weights.map((_, index) => index).filter((index) => !pinned.has(index))
    const freeWeight = sum(free.map((index) => weights[index] ?? 0))
    const freeTotal = total - sum([...pinned].map((index) => floors[index] ?? 0))
    const shares = weights.map((weight, index) =>
      pinned.has(index) ? (floors[index] ?? 0) : (weight * freeTotal) / freeWeight,
    )
    const below = free.filter((index) => (shares[index] ?? 0) < (floors[index] ?? 0))
    if (below.length === 0) return roundShares(shares, total)
    for (const index of below) pinned.add(index)
  }
}

/** Rounds shares down, then hands the steps that are left to the largest fractions. */
function roundShares(shares: number[], total: number): number[] {
  const steps = shares.map((share) => Math.floor(share))
  const byFraction = shares
    .map((share, index) => ({ index, fraction: share - Math.floor(share) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index)
  const left = total - sum(steps)
  for (let given = 0; given < left && byFraction.length > 0; given++) {
    const target = byFraction[given % byFraction.length]
    if (target !== undefined) steps[target.index] = (steps[target.index] ?? 0) + 1
  }
  return steps
}

function toChange(item: AgendaItem, toMinutes: number): RetimingChange {
  return {
    id: item.id,
    title: item.title,
    fromMinutes: itemMinutes(item),
    toMinutes,
    dropped: false,
  }
}

function describeOverrun(minutes: number, available: number): string {
  return `${formatDuration(minutes)}, ${formatDuration(minutes - available)} more than the ${formatDuration(available)} available`
}

function fits(minutes: number, available: number): boolean {
  return minutes <= available + EPSILON
}

function clampIndex(index: number, length: number): number {
  const whole = Number.isNaN(index) ? 0 : Math.trunc(index)
  return Math.min(Math.max(0, whole), length)
}

function sumMinutes(items: AgendaItem[]): number {
  return sum(items.map(itemMinutes))
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
