import fc from 'fast-check'
import { phasesScaledTo } from '@common/domain/workshop/edit/typical-time'
import type { Phase } from '@common/domain/workshop/schema'

const phase = (minutes: number): Phase => ({
  label: 'Phase',
  minutes,
  grouping: 'pairs',
  prompts: [],
  advancesAutomatically: false,
})

describe('using the typical time', () => {
  it('re-times the phases in proportion, in whole minutes', () => {
    expect(phasesScaledTo([phase(5), phase(10), phase(5)], 24).map((p) => p.minutes)).toEqual([
      6, 12, 6,
    ])
  })

  it('gives a short phase its minute from the longest', () => {
    const lengths = [60, 1, 1, 1, 1, 1, 1, 1]
    expect(phasesScaledTo(lengths.map(phase), 8).map((p) => p.minutes)).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1,
    ])
    expect(phasesScaledTo([60, 1, 1].map(phase), 10).map((p) => p.minutes)).toEqual([8, 1, 1])
  })

  it('always adds up to the typical time, each phase at least a minute', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 8, max: 300 }),
        (lengths, minutes) => {
          const scaled = phasesScaledTo(lengths.map(phase), minutes).map((p) => p.minutes)
          expect(scaled.reduce((a, b) => a + b, 0)).toBe(minutes)
          expect(scaled.every((m) => Number.isInteger(m) && m >= 1)).toBe(true)
        },
      ),
    )
  })
})
