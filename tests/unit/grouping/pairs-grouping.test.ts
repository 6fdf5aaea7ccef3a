import fc from 'fast-check'
import { groupSizes } from '@common/domain/grouping/group-sizes'
import { planRounds } from '@common/domain/grouping/plan-rounds'
import { countingLimit, describeRepeats } from '@common/domain/grouping/repeat-limit'
import { formatRef, type MessageRef } from '@common/i18n/message-ref'
import { translatorFor } from '@common/i18n/translator'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { planSessionRoster, sayRepeats } from '@common/domain/grouping/session-roster'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import {
  fixedRuns,
  partnersIn,
  roleCounts,
  roomArbitrary,
  rosterOf,
  rulesFor,
} from './pairs-arbitraries'

const runs = fixedRuns(60)

function planned(people: number, rules: Parameters<typeof planRounds>[1], rounds: number) {
  const result = planRounds(rosterOf(people), rules, rounds)
  if (!result.ok) throw new Error(result.message.id)
  return result.value
}

describe('planRounds', () => {
  it('puts everyone in exactly one group each round, in the sizes the room allows', () => {
    fc.assert(
      fc.property(roomArbitrary, ({ people, size, rounds, seed, perExercise }) => {
        const plan = planned(people, rulesFor(size, { seed, perExercise }), rounds)
        expect(plan.rounds).toHaveLength(rounds)
        for (const groups of plan.rounds) {
          const ids = groups.flatMap((group) => group.map((member) => member.personId))
          expect(new Set(ids).size).toBe(people)
          expect(ids).toHaveLength(people)
          expect(groups.map((group) => group.length).sort()).toEqual(
            groupSizes(people, size).sort(),
          )
        }
      }),
      runs,
    )
  })

  it('gives the same groups for the same seed, and other groups for another seed', () => {
    fc.assert(
      fc.property(roomArbitrary, ({ people, size, rounds, seed, perExercise }) => {
        const rules = rulesFor(size, { seed, perExercise })
        expect(planned(people, rules, rounds)).toEqual(planned(people, rules, rounds))
      }),
      runs,
    )
    const one = planned(24, rulesFor(2, { seed: 1 }), 3)
    const other = planned(24, rulesFor(2, { seed: 2 }), 3)
    expect(one.rounds).not.toEqual(other.rounds)
  })

  it('repeats no partner in the rounds it reports free of repeats, and then says so', () => {
    fc.assert(
      fc.property(roomArbitrary, ({ people, size, rounds, seed, perExercise }) => {
        const plan = planned(people, rulesFor(size, { seed, perExercise }), rounds)
        const seen = new Set<string>()
        plan.rounds.forEach((groups, index) => {
          const pairs = partnersIn(groups)
          const repeated = pairs.some((pair) => seen.has(pair))
          expect(repeated).toBe(index >= plan.roundsWithoutRepeats)
          if (index > plan.roundsWithoutRepeats) return
          for (const pair of pairs) seen.add(pair)
        })
        expect(plan.roundsWithoutRepeats).toBeLessThanOrEqual(countingLimit(people, size))
        if (!perExercise) expect(plan.roundsWithoutRepeats).toBe(1)
      }),
      runs,
    )
  })

  it('repeats no partner at all while the room is large enough for the rounds', () => {
    fc.assert(
      fc.property(roomArbitrary, ({ size, rounds, seed }) => {
        // Each person needs (size − 1) new people a round, and each new group needs members from
        // as many different earlier groups as it has members: this leaves the search room for both.
        const people = size * (2 * rounds + size) + 1
        const plan = planned(people, rulesFor(size, { seed }), rounds)
        expect(plan.roundsWithoutRepeats).toBe(rounds)
        expect(new Set(plan.rounds.flatMap(partnersIn)).size).toBe(
          plan.rounds.flatMap(partnersIn).length,
        )
      }),
      runs,
    )
  })

  it('keeps each person’s role counts within one of each other', () => {
    const balancedRoom = roomArbitrary.filter(
      ({ people, size }) => size === 2 || (size === 3 && people % 3 === 0),
    )
    fc.assert(
      fc.property(balancedRoom, ({ people, size, rounds, seed, perExercise }) => {
        const plan = planned(people, rulesFor(size, { seed, perExercise }), rounds)
        const counted = size === 2 ? (['a', 'b'] as const) : (['a', 'b', 'observer'] as const)
        for (const [, counts] of roleCounts(plan.rounds)) {
          const values = counted.map((role) => counts[role] ?? 0)
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1)
        }
      }),
      runs,
    )
  })

  it('always keeps apart and together whoever it is asked to', () => {
    const withRules = roomArbitrary
      .filter(({ people }) => people >= 8)
      .chain((room) =>
        fc.record({
          room: fc.constant(room),
          apart: fc.uniqueArray(fc.tuple(fc.nat(room.people - 1), fc.nat(room.people - 1)), {
            maxLength: Math.floor(room.people / 4),
          }),
          together: fc.uniqueArray(fc.nat(Math.floor(room.people / 2) - 1), {
            maxLength: Math.floor(room.people / 6),
          }),
        }),
      )
    fc.assert(
      fc.property(withRules, ({ room, apart, together }) => {
        // Together: disjoint neighbours (2k, 2k+1); apart: any others not kept together.
        const togetherPairs = together.map((k) => [`p${String(2 * k)}`, `p${String(2 * k + 1)}`])
        const bound = new Set(togetherPairs.flat())
        const apartPairs = apart
          .filter(
            ([i, j]) => i !== j && !(bound.has(`p${String(i)}`) && bound.has(`p${String(j)}`)),
          )
          .map(([i, j]) => [`p${String(i)}`, `p${String(j)}`])
        const rules = rulesFor(room.size, {
          seed: room.seed,
          perExercise: room.perExercise,
          apart: apartPairs as [string, string][],
          together: togetherPairs as [string, string][],
        })
        const plan = planned(room.people, rules, room.rounds)
        for (const groups of plan.rounds) {
          const pairs = new Set(partnersIn(groups))
          for (const pair of apartPairs) expect(pairs.has([...pair].sort().join('|'))).toBe(false)
          for (const pair of togetherPairs) expect(pairs.has([...pair].sort().join('|'))).toBe(true)
        }
      }),
      runs,
    )
  })

  it('mixes the chosen attribute in every pair when the room is evenly split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (half, rounds, seed) => {
          const people = rosterOf(2 * half)
          const result = planRounds(people, rulesFor(2, { seed, mixBy: 'stage' }), rounds)
          if (!result.ok) throw new Error(result.message.id)
          const stage = new Map(people.map((person) => [person.id, person.attributes.stage]))
          for (const groups of result.value.rounds)
            for (const group of groups)
              expect(new Set(group.map((member) => stage.get(member.personId))).size).toBe(2)
        },
      ),
      runs,
    )
  })

  it('says plainly why a roster cannot be grouped, in the reader’s language', () => {
    const refusal = (plan: ReturnType<typeof planRounds>, language: 'en' | 'de' = 'en') =>
      plan.ok ? 'planned' : formatRef(translatorFor(language), plan.message)
    const empty = planRounds([], rulesFor(2), 1)
    expect(refusal(empty)).toBe('The roster is empty: add at least two names to form groups.')
    expect(refusal(empty, 'de')).toBe(
      'Die Teilnehmerliste ist leer: Tragen Sie mindestens zwei Namen ein, um Gruppen zu bilden.',
    )
    expect(refusal(planRounds(rosterOf(3), rulesFor(4), 1))).toBe(
      'The roster has 3 people, fewer than one group of 4. Choose smaller groups or add names.',
    )
    expect(refusal(planRounds(rosterOf(1), rulesFor(2), 1), 'de')).toBe(
      'Die Liste hat 1 Person, weniger als eine Gruppe zu 2. Wählen Sie kleinere Gruppen oder ergänzen Sie Namen.',
    )
    const both = planRounds(
      rosterOf(6),
      rulesFor(2, { apart: [['p0', 'p1']], together: [['p0', 'p1']] }),
      1,
    )
    expect(refusal(both)).toBe('Person 0 and Person 1 are to be kept both apart and together.')
    const crowd = planRounds(
      rosterOf(6),
      rulesFor(2, {
        together: [
          ['p0', 'p1'],
          ['p1', 'p2'],
          ['p2', 'p3'],
        ],
      }),
      1,
    )
    expect(refusal(crowd)).toBe(
      'Person 0, Person 1, Person 2, Person 3 are to be kept together, but the groups hold at most 2.',
    )
    expect(refusal(planRounds(rosterOf(2), rulesFor(2, { apart: [['p0', 'p1']] }), 1))).toBe(
      'Groups of 2 cannot keep everyone who is to be kept apart apart: too few groups for those rules.',
    )
  })
})

/** A named message in English, as the English console and print say it. */
const inEnglish = (ref: MessageRef | null) =>
  ref === null ? null : formatRef(translatorFor('en'), ref)

describe('the limit of fresh partners', () => {
  it('counts the rounds a room can go at most, and states when the plan repeats', () => {
    expect(countingLimit(12, 2)).toBe(11)
    // 12 in threes: 5 by counting, though only 4 can be arranged (no nearly Kirkman system of 12).
    expect(countingLimit(12, 3)).toBe(5)
    expect(inEnglish(describeRepeats(12, 3, 6, 4))).toBe(
      'With 12 people in threes these groups go 4 rounds before anyone meets a partner again, the most any grouping of this room can; from round 5 some do.',
    )
    expect(describeRepeats(12, 3, 4, 4)).toBeNull()
    // With one trio among pairs the trio's three pairs count: ⌊9·8 / (9 + 3)⌋ = 6, not 8.
    expect(countingLimit(9, 2)).toBe(6)
    expect(inEnglish(describeRepeats(9, 2, 8, 6))).toBe(
      'With 9 people in pairs these groups go 6 rounds before anyone meets a partner again, the most any grouping of this room can; from round 7 some do.',
    )
    expect(inEnglish(describeRepeats(18, 3, 10, 6))).toBe(
      'With 18 people in threes these groups go 6 rounds before anyone meets a partner again; no grouping of this room can go more than 8; from round 7 some do.',
    )
    const twelveInThrees = describeRepeats(12, 3, 6, 4)
    expect(twelveInThrees === null ? null : formatRef(translatorFor('de'), twelveInThrees)).toBe(
      'Mit 12 Personen zu dritt kommen diese Gruppen 4 Runden aus, ohne dass sich jemand wiederbegegnet – mehr lässt keine Einteilung dieses Raums zu; ab Runde 5 treffen sich manche erneut.',
    )
  })

  it('says it in the roster’s reader’s language, and an older record’s English as it was kept', () => {
    const read = peopleFromLines('Ana\nBen\nCai\nDee\nEli\n')
    if (!read.ok) throw new Error(read.message.id)
    const rules = { size: 2, perExercise: true, seed: 3, mixBy: null, apart: [], together: [] }
    const plan = planSessionRoster(loadBuiltinWorkshop(), read.people, rules)
    if (!plan.ok) throw new Error(plan.message.id)
    expect(plan.roster.repeatNote).toBeNull()
    expect(sayRepeats(translatorFor('de'), plan.roster)).toMatch(
      /^Mit 5 Personen zu zweit .* ab Runde \d+ treffen sich manche erneut\.$/,
    )
    expect(sayRepeats(translatorFor('en'), plan.roster)).toMatch(/^With 5 people in pairs /)
    const older = { ...plan.roster, repeatNote: 'From round 3 some do.' }
    delete older.repeats
    expect(sayRepeats(translatorFor('de'), older)).toBe('From round 3 some do.')
  })

  it('plans 200 people in pairs for 10 rounds without a repeat', () => {
    const plan = planned(200, rulesFor(2, { seed: 42 }), 10)
    expect(plan.roundsWithoutRepeats).toBe(10)
  })
})
