import fc from 'fast-check'
import {
  applyRetiming,
  fitToSlot,
  proposeRetiming,
  type RetimingProposal,
  type RetimingStrategy,
} from '@common/domain/schedule/retime'
import { blankWorkshop } from '@common/domain/workshop/blank'
import { newBreak } from '@common/domain/workshop/edit/new-items'
import {
  workshopSchema,
  type AgendaItem,
  type Exercise,
  type Phase,
  type Workshop,
} from '@common/domain/workshop/schema'
import { itemMinutes, totalMinutes } from '@common/domain/workshop/schedule'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'

// "Fits" means proposedMinutes <= availableMinutes + TOLERANCE. New lengths are rounded *down* to
// half minutes, so no rounding allowance is needed: the tolerance only absorbs floating-point noise
// from adding up fractional minutes.
const TOLERANCE = 1e-9

const builtin = loadBuiltinWorkshop()
const strategies: RetimingStrategy[] = ['shorten', 'dropOptional']

function exerciseById(workshop: Workshop, id: string): Exercise {
  const item = workshop.exercises.find((candidate) => candidate.id === id)
  if (item?.kind !== 'exercise') throw new Error(`no exercise ${id}`)
  return item
}

function expectValidRetiming(workshop: Workshop, proposal: RetimingProposal): Workshop {
  const applied = applyRetiming(workshop, proposal)
  expect(workshopSchema.safeParse(applied).success).toBe(true)
  const remaining = applied.exercises.slice(proposal.fromIndex)
  expect(totalMinutes({ exercises: remaining })).toBeCloseTo(proposal.proposedMinutes, 9)
  for (const change of proposal.changes.filter((c) => !c.dropped)) {
    const exercise = exerciseById(applied, change.id)
    expect(itemMinutes(exercise)).toBe(change.toMinutes)
    for (const phase of exercise.phases) {
      expect(phase.minutes).toBeGreaterThanOrEqual(0.5)
      expect(Number.isInteger(phase.minutes * 2)).toBe(true)
    }
  }
  return applied
}

describe('re-timing the built-in workshop', () => {
  it('starts from 225 minutes with one optional exercise of 18', () => {
    expect(totalMinutes(builtin)).toBe(225)
    expect(
      builtin.exercises
        .filter((item) => item.kind === 'exercise' && item.optional)
        .map((i) => i.id),
    ).toEqual(['journey-snapshot'])
  })

  it('fits 207 minutes by dropping only the optional exercise', () => {
    const proposal = fitToSlot(builtin, 207, 'dropOptional')
    expect(proposal).toMatchObject({ feasible: true, currentMinutes: 225, proposedMinutes: 207 })
    expect(proposal.changes).toEqual([
      {
        id: 'journey-snapshot',
        title: exerciseById(builtin, 'journey-snapshot').title,
        fromMinutes: 18,
        toMinutes: 0,
        dropped: true,
      },
    ])
    const applied = expectValidRetiming(builtin, proposal)
    expect(applied.exercises.map((item) => item.id)).toEqual(
      builtin.exercises.map((item) => item.id).filter((id) => id !== 'journey-snapshot'),
    )
  })

  it('fits 207 minutes by shortening the flexible exercises, leaving the rest alone', () => {
    const proposal = fitToSlot(builtin, 207, 'shorten')
    expect(proposal).toMatchObject({ feasible: true, proposedMinutes: 207 })
    const changed = proposal.changes.map((change) => change.id)
    expect(changed).not.toContain('welcome')
    expect(changed).not.toContain('close')
    expect(changed).not.toContain('break')
    // 188 flexible minutes share 170: about 9.6% off each, so every one of them changes.
    expect(changed).toHaveLength(10)
    for (const change of proposal.changes) {
      expect(change.toMinutes / change.fromMinutes).toBeGreaterThan(0.86)
      expect(change.toMinutes / change.fromMinutes).toBeLessThan(0.94)
    }
    const applied = expectValidRetiming(builtin, proposal)
    expect(totalMinutes(applied)).toBe(207)
    expect(exerciseById(applied, 'close')).toBe(exerciseById(builtin, 'close'))
  })

  it('fits 90 minutes by shortening, down to a few minutes per exercise', () => {
    const proposal = fitToSlot(builtin, 90, 'shorten')
    expect(proposal).toMatchObject({ feasible: true, proposedMinutes: 90 })
    const applied = expectValidRetiming(builtin, proposal)
    expect(totalMinutes(applied)).toBe(90)
    expect(itemMinutes(exerciseById(applied, 'welcome'))).toBe(10)
    expect(itemMinutes(exerciseById(applied, 'close'))).toBe(12)
    for (const item of applied.exercises) {
      if (item.kind === 'exercise' && item.flexible)
        expect(itemMinutes(item)).toBeGreaterThanOrEqual(item.phases.length)
    }
  })

  it('says 90 minutes cannot be reached by dropping, and offers its best', () => {
    const proposal = fitToSlot(builtin, 90, 'dropOptional')
    expect(proposal).toMatchObject({ feasible: false, proposedMinutes: 207 })
    expect(proposal.changes.map((change) => change.id)).toEqual(['journey-snapshot'])
    expect(proposal.reason).toBe(
      'Even without its optional exercises, the rest runs 3 h 27 min, 1 h 57 min more than the 1 h 30 min available.',
    )
  })

  it('says when even the shortest flexible exercises overrun, and offers that best', () => {
    // 37 fixed minutes plus 46 phases at a minute each.
    const proposal = fitToSlot(builtin, 60, 'shorten')
    expect(proposal).toMatchObject({ feasible: false, proposedMinutes: 83 })
    expect(proposal.reason).toBe(
      'Even with every flexible exercise cut to 1 min a phase, the rest runs 1 h 23 min, 23 min more than the 1 h available.',
    )
    const applied = expectValidRetiming(builtin, proposal)
    expect(totalMinutes(applied)).toBe(83)
  })

  it('changes nothing when the workshop already fits', () => {
    for (const strategy of strategies) {
      const proposal = fitToSlot(builtin, 225, strategy)
      expect(proposal).toMatchObject({ feasible: true, proposedMinutes: 225, changes: [] })
      expect(proposal.reason).toBeUndefined()
      expect(applyRetiming(builtin, proposal)).toEqual(builtin)
    }
  })

  it('re-times from the middle without touching what has already run', () => {
    const fromIndex = builtin.exercises.findIndex((item) => item.id === 'break')
    const proposal = proposeRetiming(builtin, {
      fromIndex,
      availableMinutes: 100,
      strategy: 'shorten',
    })
    // The break, four flexible exercises of 85 minutes and the fixed 12-minute close.
    expect(proposal).toMatchObject({ feasible: true, currentMinutes: 112, proposedMinutes: 100 })
    expect(proposal.changes.map((change) => change.id)).toEqual([
      'topic-bank',
      'three-project-ideas',
      'scoping-canvas',
      'healthy-work-environment',
      'meeting-norms',
    ])
    const applied = expectValidRetiming(builtin, proposal)
    expect(applied.exercises.slice(0, fromIndex)).toEqual(builtin.exercises.slice(0, fromIndex))
    expect(totalMinutes(applied)).toBe(225 - 12)
  })

  it('drops nothing from the middle when no remaining exercise is optional', () => {
    const fromIndex = builtin.exercises.findIndex((item) => item.id === 'break')
    const proposal = proposeRetiming(builtin, {
      fromIndex,
      availableMinutes: 100,
      strategy: 'dropOptional',
    })
    expect(proposal).toMatchObject({ feasible: false, proposedMinutes: 112, changes: [] })
    expect(proposal.reason).toMatch(/^None of the remaining exercises can be dropped/)
  })

  it('only counts optional exercises from the re-timing point on', () => {
    const after = builtin.exercises.findIndex((item) => item.id === 'back-to-back')
    const proposal = proposeRetiming(builtin, {
      fromIndex: after,
      availableMinutes: 150,
      strategy: 'dropOptional',
    })
    expect(proposal.feasible).toBe(false)
    expect(proposal.changes).toEqual([])
  })
})

describe('re-timing details', () => {
  function workshopOf(items: AgendaItem[]): Workshop {
    return { ...blankWorkshop('T'), exercises: items }
  }
  function exercise(id: string, minutes: number[], flags: Partial<Exercise> = {}): Exercise {
    const template = blankWorkshop('T').exercises[0] as Exercise
    const phases = minutes.map((m): Phase => ({ ...template.phases[0]!, minutes: m }))
    return { ...template, id, title: id, phases, ...flags }
  }

  it('drops the fewest optional exercises, the latest among equals', () => {
    const workshop = workshopOf([
      exercise('a', [20], { optional: true }),
      exercise('b', [10], { optional: true }),
      exercise('c', [10], { optional: true }),
      exercise('d', [5], { optional: true }),
      exercise('e', [30]),
    ])
    const ids = (available: number) =>
      fitToSlot(workshop, available, 'dropOptional').changes.map((change) => change.id)
    expect(ids(70)).toEqual(['d'])
    expect(ids(65)).toEqual(['c'])
    // Only the 20-minute exercise covers 15 on its own: one early drop beats two late ones.
    expect(ids(60)).toEqual(['a'])
    expect(ids(50)).toEqual(['a', 'd'])
    expect(ids(45)).toEqual(['a', 'c'])
    expect(ids(40)).toEqual(['a', 'c', 'd'])
  })

  it('keeps one item when every item of the workshop is optional', () => {
    const workshop = workshopOf([
      exercise('a', [10], { optional: true }),
      exercise('b', [10], { optional: true }),
    ])
    const proposal = fitToSlot(workshop, 0, 'dropOptional')
    expect(proposal).toMatchObject({ feasible: false, proposedMinutes: 10 })
    expect(proposal.changes.map((change) => change.id)).toEqual(['b'])
    expectValidRetiming(workshop, proposal)
  })

  it('splits rounding remainders to the largest fractions, earliest first', () => {
    const workshop = workshopOf([exercise('a', [10, 10, 10]), exercise('b', [20, 1])])
    const applied = applyRetiming(workshop, {
      ...fitToSlot(workshop, 0, 'shorten'),
      changes: [
        { id: 'a', title: 'a', fromMinutes: 30, toMinutes: 10, dropped: false },
        { id: 'b', title: 'b', fromMinutes: 21, toMinutes: 2, dropped: false },
      ],
    })
    expect(exerciseById(applied, 'a').phases.map((p) => p.minutes)).toEqual([3.5, 3.5, 3])
    // The short phase is held at half a minute; the long one pays for it.
    expect(exerciseById(applied, 'b').phases.map((p) => p.minutes)).toEqual([1.5, 0.5])
  })

  it('rounds the time left for shortened exercises down to a half minute, never to the nearest', () => {
    // 5.3 minutes hold ten half minutes, not eleven: rounding to the nearest would propose 5.5
    // minutes for a 5.3-minute slot. (The counterexample the properties below found.)
    const workshop = workshopOf([exercise('a', [10])])
    const proposal = fitToSlot(workshop, 5.3, 'shorten')
    expect(proposal).toMatchObject({ feasible: true, proposedMinutes: 5 })
    expect(proposal.changes).toMatchObject([{ id: 'a', toMinutes: 5 }])
    expectValidRetiming(workshop, proposal)
  })

  it('never lengthens an exercise whose length is not a whole half minute', () => {
    const workshop = workshopOf([
      exercise('a', [10.2, 5.1]),
      exercise('b', [3], { flexible: false }),
    ])
    const proposal = fitToSlot(workshop, 18, 'shorten')
    expect(proposal).toMatchObject({ feasible: true, proposedMinutes: 18 })
    expect(proposal.changes).toMatchObject([{ id: 'a', toMinutes: 15 }])
    expectValidRetiming(workshop, proposal)
  })
})

/**
 * The properties run on fixed seeds, so a run that passes passes every time and a failure is
 * seen on every run, not in half of them; the cases a failure once found are pinned as examples
 * above. Change a seed on purpose to explore further.
 */
const seeded = (seed: number) => ({ seed, numRuns: 300 })

const minutesArb = fc.oneof(
  fc.integer({ min: 1, max: 60 }),
  fc.integer({ min: 1, max: 120 }).map((halves) => halves / 2),
  fc.double({ min: 0.1, max: 45, noNaN: true }),
)

const itemArb = fc.oneof(
  { weight: 1, arbitrary: minutesArb.map((minutes) => ({ kind: 'break' as const, minutes })) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('exercise' as const),
      phases: fc.array(minutesArb, { minLength: 1, maxLength: 6 }),
      flexible: fc.boolean(),
      optional: fc.boolean(),
    }),
  },
)

const workshopArb = fc.array(itemArb, { minLength: 1, maxLength: 12 }).map((specs) => {
  const template = blankWorkshop('Random').exercises[0] as Exercise
  const items = specs.map((spec, index): AgendaItem => {
    const id = `item-${String(index)}`
    if (spec.kind === 'break')
      return { ...newBreak(id), title: `Break ${id}`, minutes: spec.minutes }
    const phases = spec.phases.map((minutes) => ({ ...template.phases[0]!, minutes }))
    return { ...template, id, title: id, phases, flexible: spec.flexible, optional: spec.optional }
  })
  return { ...blankWorkshop('Random'), exercises: items }
})

const caseArb: fc.Arbitrary<RetimingCase> = workshopArb.chain((workshop) =>
  fc.record({
    workshop: fc.constant(workshop),
    fromIndex: fc.integer({ min: 0, max: workshop.exercises.length }),
    fraction: fc.double({ min: 0, max: 1.2, noNaN: true }),
    strategy: fc.constantFrom(...strategies),
  }),
)

/** A random re-timing: the available minutes are a fraction of what the re-timed items take. */
interface RetimingCase {
  workshop: Workshop
  fromIndex: number
  fraction: number
  strategy: RetimingStrategy
}

function propose({ workshop, fromIndex, fraction, strategy }: RetimingCase): RetimingProposal {
  const remaining = totalMinutes({ exercises: workshop.exercises.slice(fromIndex) })
  return proposeRetiming(workshop, { fromIndex, availableMinutes: remaining * fraction, strategy })
}

describe('re-timing properties over random workshops', () => {
  it('fits when it says it is feasible, and overruns when it says it is not', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const proposal = propose(input)
        if (proposal.feasible) {
          expect(proposal.proposedMinutes).toBeLessThanOrEqual(
            proposal.availableMinutes + TOLERANCE,
          )
          expect(proposal.reason).toBeUndefined()
        } else {
          expect(proposal.proposedMinutes).toBeGreaterThan(proposal.availableMinutes)
          expect(proposal.reason).toMatch(/more than the .* available\.$/)
        }
        expect(proposal.proposedMinutes).toBeLessThanOrEqual(proposal.currentMinutes + TOLERANCE)
      }),
      seeded(20261206),
    )
  })

  it('never shortens breaks or fixed exercises, and drops only optional exercises', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const proposal = propose(input)
        for (const change of proposal.changes) {
          const item = input.workshop.exercises.find((candidate) => candidate.id === change.id)
          expect(item?.kind).toBe('exercise')
          if (item?.kind !== 'exercise') continue
          if (input.strategy === 'shorten') {
            expect(item.flexible).toBe(true)
            expect(change.dropped).toBe(false)
            expect(change.toMinutes).toBeLessThan(change.fromMinutes)
            expect(change.toMinutes).toBeGreaterThanOrEqual(item.phases.length)
          } else {
            expect(item.optional).toBe(true)
            expect(change.dropped).toBe(true)
          }
        }
      }),
      seeded(20261207),
    )
  })

  it('drops nothing needlessly: keeping any dropped exercise would overrun', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const proposal = propose({ ...input, strategy: 'dropOptional' })
        if (!proposal.feasible) return
        for (const change of proposal.changes) {
          expect(proposal.proposedMinutes + change.fromMinutes).toBeGreaterThan(
            proposal.availableMinutes + TOLERANCE,
          )
        }
      }),
      seeded(20261208),
    )
  })

  it('applies to a valid workshop: earlier items untouched, order kept, lengths exact', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const proposal = propose(input)
        const applied = expectValidRetiming(input.workshop, proposal)
        const before = input.workshop.exercises.slice(0, input.fromIndex)
        expect(applied.exercises.slice(0, input.fromIndex)).toEqual(before)
        expect(proposal.changes.every((c) => before.every((item) => item.id !== c.id))).toBe(true)
        const dropped = new Set(proposal.changes.filter((c) => c.dropped).map((c) => c.id))
        expect(applied.exercises.map((item) => item.id)).toEqual(
          input.workshop.exercises.map((item) => item.id).filter((id) => !dropped.has(id)),
        )
      }),
      seeded(20261209),
    )
  })

  it('never mutates its input, and proposes plain serialisable data', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const snapshot = structuredClone(input.workshop)
        const proposal = propose(input)
        const proposalSnapshot = structuredClone(proposal)
        applyRetiming(input.workshop, proposal)
        expect(input.workshop).toEqual(snapshot)
        expect(proposal).toEqual(proposalSnapshot)
        expect(JSON.parse(JSON.stringify(proposal))).toEqual(proposal)
      }),
      seeded(20261210),
    )
  })

  it('changes nothing when the rest already fits', () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 1, max: 2, noNaN: true }), (input, slack) => {
        const proposal = propose({ ...input, fraction: slack })
        expect(proposal).toMatchObject({ feasible: true, changes: [] })
        expect(proposal.proposedMinutes).toBe(proposal.currentMinutes)
        expect(applyRetiming(input.workshop, proposal)).toEqual(input.workshop)
      }),
      seeded(20261211),
    )
  })

  it('fits exactly when the fixed items and one minute per flexible phase fit', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const proposal = propose({ ...input, strategy: 'shorten' })
        const remaining = input.workshop.exercises.slice(input.fromIndex)
        // An exercise shrinks to a minute a phase, unless rounding down to a half minute would
        // not take it below that: then it keeps its length.
        const shortest = (item: AgendaItem) =>
          item.kind === 'exercise' &&
          item.flexible &&
          Math.floor(itemMinutes(item) * 2 + TOLERANCE) > item.phases.length * 2
            ? item.phases.length
            : itemMinutes(item)
        const floor = remaining.reduce((total, item) => total + shortest(item), 0)
        if (floor < proposal.availableMinutes - 1e-6) expect(proposal.feasible).toBe(true)
        if (floor > proposal.availableMinutes + 1e-6) expect(proposal.feasible).toBe(false)
      }),
      seeded(20261212),
    )
  })
})
