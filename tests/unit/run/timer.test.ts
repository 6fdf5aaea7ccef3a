import fc from 'fast-check'
import { applyCommand } from '@common/domain/run/transitions'
import { formatCountdown, remainingMs, timerTone } from '@common/domain/run/timer'
import type { RunCommand } from '@common/domain/run/commands'
import type { RunState } from '@common/domain/run/run-state'
import { builtinRun } from './fixtures'

const T0 = Date.UTC(2026, 10, 27, 9, 0, 0)

describe('formatCountdown', () => {
  it('rounds time left up, shows zero, then counts overtime with a plus', () => {
    expect(formatCountdown(180_000)).toBe('3:00')
    expect(formatCountdown(179_001)).toBe('3:00')
    expect(formatCountdown(179_000)).toBe('2:59')
    expect(formatCountdown(1)).toBe('0:01')
    expect(formatCountdown(0)).toBe('0:00')
    expect(formatCountdown(-999)).toBe('0:00')
    expect(formatCountdown(-65_000)).toBe('+1:05')
    expect(formatCountdown(3_725_000)).toBe('1:02:05')
  })
})

describe('timerTone', () => {
  it('warns at the threshold and turns to overtime at zero', () => {
    expect(timerTone(61_000, 60)).toBe('normal')
    expect(timerTone(60_000, 60)).toBe('warning')
    expect(timerTone(1, 60)).toBe('warning')
    expect(timerTone(0, 60)).toBe('overtime')
    expect(timerTone(5_000, 0)).toBe('normal')
  })
})

/** The truth, kept by hand: the phase's time left, from the commands' own effects. */
interface Truth {
  remaining: number
  running: boolean
}

describe('the displayed time over a simulated three-hour session', () => {
  it('equals the truth at every irregular frame, with pauses and adjustments, and never drifts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4, max: 120 }), { minLength: 400, maxLength: 400 }),
        fc.array(fc.constantFrom('pause' as const, 'resume' as const, 'adjust' as const), {
          minLength: 60,
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (frameGaps, commandKinds, seed) => {
          let state: RunState = applyCommand(builtinRun(), { type: 'start' }, T0)
          // Stay in one long phase so only the clock maths is under test.
          state = applyCommand(state, { type: 'adjust', minutes: 60 * 4 }, T0)
          const truth: Truth = { remaining: remainingMs(state, T0), running: true }
          let now = T0
          let worst = 0
          let frame = 0
          let rng = seed
          const threeHours = 3 * 60 * 60 * 1000
          while (now - T0 < threeHours) {
            rng = (rng * 48271) % 2147483647
            // Mostly ~60 Hz with jitter, sometimes a stalled frame of up to 2 s.
            const gap = rng % 97 === 0 ? 2000 : frameGaps[frame % frameGaps.length]!
            frame += 1
            now += gap
            if (truth.running) truth.remaining -= gap
            if (frame % 1500 === 0) {
              const kind = commandKinds[(frame / 1500) % commandKinds.length]!
              const command: RunCommand =
                kind === 'adjust' ? { type: 'adjust', minutes: 1 } : { type: kind }
              state = applyCommand(state, command, now)
              if (kind === 'pause') truth.running = false
              if (kind === 'resume') truth.running = true
              if (kind === 'adjust') truth.remaining += 60_000
            }
            const shown = remainingMs(state, now)
            worst = Math.max(worst, Math.abs(shown - truth.remaining))
            if (formatCountdown(shown) !== formatCountdown(truth.remaining)) return false
          }
          return worst === 0
        },
      ),
      { numRuns: 20 },
    )
  })
})
