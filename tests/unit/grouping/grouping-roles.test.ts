import fc from 'fast-check'
import { groupSizes } from '@common/domain/grouping/group-sizes'
import { planRounds } from '@common/domain/grouping/plan-rounds'
import { fixedRuns, roleSpread, rosterOf, rulesFor } from './pairs-arbitraries'

function planned(people: number, size: number, rounds: number, seed: number, perExercise = true) {
  const plan = planRounds(rosterOf(people), rulesFor(size, { seed, perExercise }), rounds)
  if (!plan.ok) throw new Error(plan.message.id)
  return plan.value.rounds
}

const rolesRoom = fc.record({
  people: fc.integer({ min: 4, max: 60 }),
  size: fc.constantFrom(2, 3),
  rounds: fc.integer({ min: 1, max: 12 }),
  seed: fc.nat(),
})

describe('roles over the whole schedule', () => {
  it('keeps everyone’s A and B within one after every round, in any room', () => {
    fc.assert(
      fc.property(rolesRoom, fc.boolean(), ({ people, size, rounds, seed }, perExercise) => {
        expect(roleSpread(planned(people, size, rounds, seed, perExercise)).ab).toBeLessThanOrEqual(
          1,
        )
      }),
      fixedRuns(50),
    )
  })

  it('keeps A, B and observer within one for everyone in a room of threes that divides evenly', () => {
    const threes = rolesRoom.map((room) => ({ ...room, people: 3 * Math.ceil(room.people / 3) }))
    fc.assert(
      fc.property(threes, ({ people, rounds, seed }) => {
        expect(roleSpread(planned(people, 3, rounds, seed)).abo).toBeLessThanOrEqual(1)
      }),
      fixedRuns(60),
    )
  })

  it('lets nobody observe twice before everyone has once, with a trio among pairs or a four among threes', () => {
    const uneven = rolesRoom.filter(
      ({ people, size }) =>
        people % size !== 0 && groupSizes(people, size).some((each) => each > size),
    )
    fc.assert(
      fc.property(uneven, ({ people, size, rounds, seed }) => {
        expect(roleSpread(planned(people, size, rounds, seed)).observers).toBeLessThanOrEqual(1)
      }),
      fixedRuns(80),
    )
  })

  it.each([
    [17, 6, 2147483647],
    [35, 15, 1637891213],
    [13, 11, 1794543777],
  ])(
    'closes a turn of observers in the round that completes it, with %i in threes for %i rounds',
    (people, rounds, seed) => {
      // Fours among threes: the last round of each turn must seat everyone still to observe
      // before anyone takes a second turn, even when other groups of that round have none left.
      expect(roleSpread(planned(people, 3, rounds, seed)).observers).toBeLessThanOrEqual(1)
    },
  )

  it('gives 9 people in pairs each an observer turn before anyone has a second', () => {
    const rounds = planned(9, 2, 12, 5)
    const observers = rounds.map(
      (groups) => groups.flat().find((member) => member.role === 'observer')?.personId,
    )
    expect(new Set(observers.slice(0, 9)).size).toBe(9)
    expect(roleSpread(rounds)).toMatchObject({ ab: 1, observers: 1 })
  })

  it('turns the roles in groups kept all day, each trio’s members observing in turn', () => {
    const rounds = planned(7, 2, 6, 3, false)
    const trio = rounds.map((groups) => groups.find((group) => group.length === 3) ?? [])
    const watchers = trio.map(
      (group) => group.find((member) => member.role === 'observer')?.personId,
    )
    expect(new Set(watchers.slice(0, 3)).size).toBe(3)
    expect(new Set(watchers.slice(3)).size).toBe(3)
    expect(roleSpread(rounds).ab).toBeLessThanOrEqual(1)
  })
})
