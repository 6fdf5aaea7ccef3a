import { applyRetiming } from '../schedule/retime'
import type { Workshop } from '../workshop/schema'
import { totalMinutes } from '../workshop/schedule'
import type { RunCommand } from './commands'
import { currentPhase, phasesOf, type RunEvent, type RunState } from './run-state'
import { proposeRunRetiming } from './schedule-tracking'
import { elapsedMs, phaseDueAt } from './timer'

/** A fresh session on a workshop, waiting for Start; the room shows the title screen. */
export function createRun(
  sessionId: string,
  workshopRef: RunState['workshopRef'],
  workshop: Workshop,
): RunState {
  return {
    sessionId,
    workshopRef,
    workshop,
    plannedTotalMinutes: totalMinutes(workshop),
    status: 'ready',
    itemIndex: 0,
    phaseIndex: 0,
    runningSince: null,
    elapsedBeforeMs: 0,
    adjustmentMs: 0,
    startedAt: null,
    endedAt: null,
    message: null,
    blanked: false,
    blankColour: 'black',
    flashAt: null,
    showTimeOfDay: false,
    roomTheme: null,
    lockedEnd: null,
    log: [],
  }
}

function logged(
  state: RunState,
  at: number,
  kind: RunEvent['kind'],
  amountMs?: number,
): RunEvent[] {
  const event: RunEvent = { at, kind, itemIndex: state.itemIndex, phaseIndex: state.phaseIndex }
  if (amountMs !== undefined) event.amountMs = amountMs
  return [...state.log, event]
}

/** Moves to a phase, starting its clock at `at` if the session is counting. */
function moveTo(state: RunState, itemIndex: number, phaseIndex: number, at: number): RunState {
  const moved: RunState = {
    ...state,
    itemIndex,
    phaseIndex,
    runningSince: state.status === 'running' ? at : null,
    elapsedBeforeMs: 0,
    adjustmentMs: 0,
  }
  if (state.status === 'ready' || state.status === 'ended') return moved
  const skipped = Math.abs(itemIndex - state.itemIndex) > 1
  const log = skipped ? logged(state, at, 'skipped') : state.log
  return { ...moved, log: logged({ ...moved, log }, at, 'phaseStarted') }
}

function lastPhaseIndex(state: RunState, itemIndex: number): number {
  const item = state.workshop.exercises[itemIndex]
  return item === undefined ? 0 : phasesOf(item).length - 1
}

function nextPosition(state: RunState): [number, number] | null {
  if (state.phaseIndex < lastPhaseIndex(state, state.itemIndex))
    return [state.itemIndex, state.phaseIndex + 1]
  if (state.itemIndex + 1 < state.workshop.exercises.length) return [state.itemIndex + 1, 0]
  return null
}

function previousPosition(state: RunState): [number, number] | null {
  if (state.phaseIndex > 0) return [state.itemIndex, state.phaseIndex - 1]
  if (state.itemIndex > 0) return [state.itemIndex - 1, lastPhaseIndex(state, state.itemIndex - 1)]
  return null
}

function start(state: RunState, now: number): RunState {
  const started: RunState = { ...state, status: 'running', startedAt: now, runningSince: now }
  return {
    ...started,
    log: [
      ...logged(started, now, 'started'),
      { at: now, kind: 'phaseStarted', itemIndex: state.itemIndex, phaseIndex: state.phaseIndex },
    ],
  }
}

function pause(state: RunState, now: number): RunState {
  if (state.status !== 'running') return state
  const paused = {
    ...state,
    status: 'paused' as const,
    elapsedBeforeMs: elapsedMs(state, now),
    runningSince: null,
  }
  return { ...paused, log: logged(paused, now, 'paused') }
}

function resume(state: RunState, now: number): RunState {
  if (state.status !== 'paused') return state
  const resumed = { ...state, status: 'running' as const, runningSince: now }
  return { ...resumed, log: logged(resumed, now, 'resumed') }
}

function retime(state: RunState, strategy: 'shorten' | 'dropOptional', now: number): RunState {
  const proposal = proposeRunRetiming(state, strategy, now)
  if (proposal === null || proposal.changes.length === 0) return state
  const workshop = applyRetiming(state.workshop, proposal)
  return { ...state, workshop, log: logged(state, now, 'retimed') }
}

/** Commands that still act on an ended session: what the room shows, and undoing the end. */
const worksAfterTheEnd = new Set<RunCommand['type']>([
  'message',
  'blank',
  'toggleBlank',
  'flash',
  'showTimeOfDay',
  'roomTheme',
  'reopen',
])

function toggleBlank(state: RunState, colour: RunState['blankColour']): RunState {
  if (state.blanked && state.blankColour !== colour) return { ...state, blankColour: colour }
  return { ...state, blanked: !state.blanked, blankColour: colour }
}

/** Takes back End session: paused on the phase it ended on, with the time it had counted. */
function reopen(state: RunState, now: number): RunState {
  if (state.status !== 'ended') return state
  const reopened = { ...state, status: 'paused' as const, endedAt: null, runningSince: null }
  return { ...reopened, log: logged(reopened, now, 'reopened') }
}

/**
 * Applies one facilitator command at time `now`. Pure: the same state, command and time always
 * give the same result, which is what lets a restart or a second window reach the same answer.
 */
export function applyCommand(state: RunState, command: RunCommand, now: number): RunState {
  if (state.status === 'ended' && !worksAfterTheEnd.has(command.type)) return state
  switch (command.type) {
    case 'start':
      return state.status === 'ready' ? start(state, now) : state
    case 'pause':
      return pause(state, now)
    case 'resume':
      return resume(state, now)
    case 'toggle':
      if (state.status === 'ready') return start(state, now)
      return state.status === 'running' ? pause(state, now) : resume(state, now)
    case 'nextPhase': {
      const next = nextPosition(state)
      return next === null ? state : moveTo(state, next[0], next[1], now)
    }
    case 'previousPhase': {
      const previous = previousPosition(state)
      return previous === null ? state : moveTo(state, previous[0], previous[1], now)
    }
    case 'nextItem':
      return state.itemIndex + 1 < state.workshop.exercises.length
        ? moveTo(state, state.itemIndex + 1, 0, now)
        : state
    case 'previousItem':
      // Like a music player: the first press goes back to the start of this item.
      if (state.phaseIndex > 0 || state.itemIndex === 0)
        return moveTo(state, state.itemIndex, 0, now)
      return moveTo(state, state.itemIndex - 1, 0, now)
    case 'jump':
      return command.itemIndex < state.workshop.exercises.length
        ? moveTo(state, command.itemIndex, 0, now)
        : state
    case 'adjust': {
      const amountMs = command.minutes * 60_000
      const adjusted = { ...state, adjustmentMs: state.adjustmentMs + amountMs }
      return state.status === 'ready'
        ? adjusted
        : { ...adjusted, log: logged(state, now, 'timeAdjusted', amountMs) }
    }
    case 'restartPhase':
      return moveTo(state, state.itemIndex, state.phaseIndex, now)
    case 'end': {
      const ended = {
        ...pause(state, now),
        status: 'ended' as const,
        endedAt: now,
        runningSince: null,
      }
      return { ...ended, log: logged(ended, now, 'ended') }
    }
    case 'message':
      return { ...state, message: command.text === '' ? null : command.text }
    case 'blank':
      return { ...state, blanked: command.on, blankColour: command.colour ?? state.blankColour }
    case 'toggleBlank':
      return toggleBlank(state, command.colour ?? 'black')
    case 'flash':
      return { ...state, flashAt: now }
    case 'showTimeOfDay':
      return { ...state, showTimeOfDay: command.on }
    case 'roomTheme':
      return { ...state, roomTheme: command.theme }
    case 'reopen':
      return reopen(state, now)
    case 'lockEnd':
      return { ...state, lockedEnd: command.time }
    case 'retime':
      return retime(state, command.strategy, now)
  }
}

/**
 * Moves past every phase that advances on its own and has reached zero by `now`, each exactly at
 * its due time, so the next phase's clock starts on time even if this runs late (or after a
 * restart that slept through several of them).
 */
export function advanceDuePhases(state: RunState, now: number): RunState {
  let current = state
  for (;;) {
    const due = phaseDueAt(current)
    if (due === null || due > now || !currentPhase(current).advancesAutomatically) return current
    const next = nextPosition(current)
    if (next === null) return current
    current = moveTo(current, next[0], next[1], due)
  }
}

/** When the next automatic advance is due, or null when none is coming. */
export function nextAutoAdvanceAt(state: RunState): number | null {
  if (!currentPhase(state).advancesAutomatically || nextPosition(state) === null) return null
  return phaseDueAt(state)
}

/**
 * Moves every timestamp of the session by `deltaMs`, after the computer's clock was set by that
 * much: the time counted so far and the order of events stay as they were, and clock times shown
 * from now on agree with the computer's clock.
 */
export function shiftTimeline(state: RunState, deltaMs: number): RunState {
  const shift = (at: number | null) => (at === null ? null : at + deltaMs)
  return {
    ...state,
    runningSince: shift(state.runningSince),
    startedAt: shift(state.startedAt),
    endedAt: shift(state.endedAt),
    log: state.log.map((event) => ({ ...event, at: event.at + deltaMs })),
  }
}
