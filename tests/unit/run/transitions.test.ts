import { advanceDuePhases, applyCommand, nextAutoAdvanceAt } from '@common/domain/run/transitions'
import { currentPhase, phasesOf, type RunState } from '@common/domain/run/run-state'
import { remainingMs } from '@common/domain/run/timer'
import {
  actualMinutesByItem,
  projectedEndMs,
  scheduleStatus,
} from '@common/domain/run/schedule-tracking'
import { totalMinutes } from '@common/domain/workshop/schedule'
import { builtinRun } from './fixtures'

const T0 = new Date(2026, 10, 27, 9, 0, 0).getTime()
const MIN = 60_000

function started(): RunState {
  return applyCommand(builtinRun(), { type: 'start' }, T0)
}

describe('run transitions', () => {
  it('starts on the first phase with its full time, and logs the start', () => {
    const state = started()
    expect(state.status).toBe('running')
    expect(currentPhase(state).label).toBe('Welcome and frame')
    expect(remainingMs(state, T0)).toBe(3 * MIN)
    expect(state.log.map((e) => e.kind)).toEqual(['started', 'phaseStarted'])
  })

  it('pausing freezes the time left; resuming counts on from there', () => {
    let state = started()
    state = applyCommand(state, { type: 'pause' }, T0 + 40_000)
    expect(remainingMs(state, T0 + 500_000)).toBe(140_000)
    state = applyCommand(state, { type: 'resume' }, T0 + 500_000)
    expect(remainingMs(state, T0 + 510_000)).toBe(130_000)
  })

  it('toggle starts, pauses and resumes', () => {
    let state = applyCommand(builtinRun(), { type: 'toggle' }, T0)
    expect(state.status).toBe('running')
    state = applyCommand(state, { type: 'toggle' }, T0 + 1)
    expect(state.status).toBe('paused')
    state = applyCommand(state, { type: 'toggle' }, T0 + 2)
    expect(state.status).toBe('running')
  })

  it('adds and removes minutes to the current phase only', () => {
    let state = applyCommand(started(), { type: 'adjust', minutes: 1 }, T0)
    expect(remainingMs(state, T0)).toBe(4 * MIN)
    state = applyCommand(state, { type: 'adjust', minutes: -2 }, T0)
    expect(remainingMs(state, T0)).toBe(2 * MIN)
    state = applyCommand(state, { type: 'nextPhase' }, T0)
    expect(remainingMs(state, T0)).toBe(2 * MIN)
  })

  it('moves between phases and exercises, and jumps, with fresh clocks', () => {
    let state = applyCommand(started(), { type: 'nextPhase' }, T0 + 10_000)
    expect(currentPhase(state).label).toBe('Think')
    expect(remainingMs(state, T0 + 10_000)).toBe(2 * MIN)
    state = applyCommand(state, { type: 'previousPhase' }, T0 + 20_000)
    expect(currentPhase(state).label).toBe('Welcome and frame')
    state = applyCommand(state, { type: 'nextItem' }, T0 + 30_000)
    expect(state.itemIndex).toBe(1)
    expect(state.phaseIndex).toBe(0)
    state = applyCommand(state, { type: 'previousPhase' }, T0 + 40_000)
    expect(state.itemIndex).toBe(0)
    expect(state.phaseIndex).toBe(phasesOf(state.workshop.exercises[0]!).length - 1)
    state = applyCommand(state, { type: 'jump', itemIndex: 6 }, T0 + 50_000)
    expect(currentPhase(state).label).toBe('Break')
    expect(state.log.at(-2)?.kind).toBe('skipped')
    expect(applyCommand(state, { type: 'jump', itemIndex: 99 }, T0)).toBe(state)
  })

  it('stays put at the very start and the very end instead of falling off', () => {
    const first = started()
    expect(applyCommand(first, { type: 'previousPhase' }, T0)).toBe(first)
    let last = applyCommand(
      first,
      { type: 'jump', itemIndex: first.workshop.exercises.length - 1 },
      T0,
    )
    const lastPhases = phasesOf(last.workshop.exercises.at(-1)!).length
    for (let i = 0; i < lastPhases; i += 1) last = applyCommand(last, { type: 'nextPhase' }, T0)
    expect(last.phaseIndex).toBe(lastPhases - 1)
    expect(last.status).toBe('running')
  })

  it('restarting a phase gives it its full time again', () => {
    const state = applyCommand(started(), { type: 'restartPhase' }, T0 + 100_000)
    expect(remainingMs(state, T0 + 100_000)).toBe(3 * MIN)
  })

  it('an ended session ignores clock commands but can still change the room screen', () => {
    const ended = applyCommand(started(), { type: 'end' }, T0 + MIN)
    expect(ended.status).toBe('ended')
    expect(ended.endedAt).toBe(T0 + MIN)
    expect(applyCommand(ended, { type: 'nextPhase' }, T0)).toBe(ended)
    expect(applyCommand(ended, { type: 'blank', on: true }, T0).blanked).toBe(true)
  })

  it('reopening an ended session takes back the end: paused where it stopped, time kept', () => {
    const running = started()
    const ended = applyCommand(running, { type: 'end' }, T0 + MIN)
    const reopened = applyCommand(ended, { type: 'reopen' }, T0 + 2 * MIN)
    expect(reopened).toMatchObject({ status: 'paused', endedAt: null, runningSince: null })
    expect(remainingMs(reopened, T0 + 5 * MIN)).toBe(2 * MIN)
    expect(reopened.log.at(-1)?.kind).toBe('reopened')
    expect(applyCommand(running, { type: 'reopen' }, T0)).toBe(running)
  })

  it('blanks to black or white; the other colour switches, the same colour shows the room', () => {
    let state = started()
    state = applyCommand(state, { type: 'toggleBlank' }, T0)
    expect([state.blanked, state.blankColour]).toEqual([true, 'black'])
    state = applyCommand(state, { type: 'toggleBlank', colour: 'white' }, T0)
    expect([state.blanked, state.blankColour]).toEqual([true, 'white'])
    state = applyCommand(state, { type: 'toggleBlank', colour: 'white' }, T0)
    expect(state.blanked).toBe(false)
    state = applyCommand(state, { type: 'blank', on: true, colour: 'white' }, T0)
    expect([state.blanked, state.blankColour]).toEqual([true, 'white'])
  })

  it('flashes, shows the time of day and overrides the theme, even after the end', () => {
    const ended = applyCommand(started(), { type: 'end' }, T0 + MIN)
    expect(applyCommand(ended, { type: 'flash' }, T0 + 2 * MIN).flashAt).toBe(T0 + 2 * MIN)
    expect(applyCommand(ended, { type: 'showTimeOfDay', on: true }, T0).showTimeOfDay).toBe(true)
    expect(applyCommand(ended, { type: 'roomTheme', theme: 'light' }, T0).roomTheme).toBe('light')
  })

  it('advances a self-advancing phase exactly at its due time, however late the check runs', () => {
    let state = applyCommand(started(), { type: 'jump', itemIndex: 0 }, T0)
    state = applyCommand(state, { type: 'nextPhase' }, T0)
    state = applyCommand(state, { type: 'nextPhase' }, T0)
    expect(currentPhase(state).label).toBe('Partner A shares')
    expect(nextAutoAdvanceAt(state)).toBe(T0 + 90_000)
    expect(advanceDuePhases(state, T0 + 89_999)).toBe(state)
    const advanced = advanceDuePhases(state, T0 + 95_000)
    expect(currentPhase(advanced).label).toBe('Partner B shares')
    expect(advanced.runningSince).toBe(T0 + 90_000)
    expect(remainingMs(advanced, T0 + 95_000)).toBe(85_000)
    // Partner B does not advance on its own: it goes into overtime.
    expect(nextAutoAdvanceAt(advanced)).toBeNull()
    expect(remainingMs(advanced, T0 + 200_000)).toBe(-20_000)
  })

  it('after +1 min, advances a self-advancing phase exactly one minute later than it would have', () => {
    let state = applyCommand(started(), { type: 'nextPhase' }, T0)
    state = applyCommand(state, { type: 'nextPhase' }, T0)
    expect(currentPhase(state).label).toBe('Partner A shares')
    state = applyCommand(state, { type: 'adjust', minutes: 1 }, T0 + 30_000)
    const due = T0 + 90_000 + MIN
    expect(nextAutoAdvanceAt(state)).toBe(due)
    expect(advanceDuePhases(state, due - 1)).toBe(state)
    const advanced = advanceDuePhases(state, due + 5_000)
    expect(currentPhase(advanced).label).toBe('Partner B shares')
    expect(advanced.runningSince).toBe(due)

    // The same after a pause: the minute is added once, the pause adds its own length.
    state = applyCommand(state, { type: 'pause' }, T0 + 40_000)
    state = applyCommand(state, { type: 'resume' }, T0 + 100_000)
    expect(nextAutoAdvanceAt(state)).toBe(due + 60_000)
    expect(advanceDuePhases(state, due + 60_000 - 1)).toBe(state)
    expect(advanceDuePhases(state, due + 60_000).runningSince).toBe(due + 60_000)
  })

  it('does not auto-advance while paused', () => {
    let state = applyCommand(started(), { type: 'nextPhase' }, T0)
    state = applyCommand(state, { type: 'nextPhase' }, T0)
    state = applyCommand(state, { type: 'pause' }, T0 + 10_000)
    expect(nextAutoAdvanceAt(state)).toBeNull()
    expect(advanceDuePhases(state, T0 + 999_000)).toBe(state)
  })
})

describe('schedule tracking', () => {
  it('projects the end from now and what is left, and says how far behind', () => {
    const state = started()
    expect(projectedEndMs(state, T0)).toBe(T0 + totalMinutes(state.workshop) * MIN)
    // Five minutes into overtime on the first phase: five minutes behind.
    const status = scheduleStatus(state, T0 + 8 * MIN)
    expect(status.varianceMs).toBe(5 * MIN)
  })

  it('measures the minutes actually spent on each item, pauses included', () => {
    let state = started()
    state = applyCommand(state, { type: 'pause' }, T0 + 5 * MIN)
    state = applyCommand(state, { type: 'resume' }, T0 + 7 * MIN)
    state = applyCommand(state, { type: 'nextItem' }, T0 + 12 * MIN)
    const actual = actualMinutesByItem(state, T0 + 15 * MIN)
    expect(actual.slice(0, 3)).toEqual([12, 3, null])
  })

  it('re-times the rest to keep a locked end, and the new projection fits it', () => {
    let state = started()
    const lock = new Date(T0 + 180 * MIN)
    const hhmm = `${String(lock.getHours()).padStart(2, '0')}:${String(lock.getMinutes()).padStart(2, '0')}`
    state = applyCommand(state, { type: 'lockEnd', time: hhmm }, T0)
    expect(scheduleStatus(state, T0).overrunMs).toBe(45 * MIN)
    const retimed = applyCommand(state, { type: 'retime', strategy: 'shorten' }, T0)
    expect(scheduleStatus(retimed, T0).overrunMs).toBeLessThanOrEqual(0)
    expect(retimed.log.at(-1)?.kind).toBe('retimed')
    expect(retimed.workshop.exercises[0]).toBe(state.workshop.exercises[0])
  })
})
