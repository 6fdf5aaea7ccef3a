import { constructedRoundCount } from './constructions'
import { groupSizes } from './group-sizes'
import { messageRef, type MessageRef } from '../../i18n/message-ref'

/**
 * The most rounds anyone can go without meeting someone twice, by counting, three ways: each round
 * a person meets at least (smallest group − 1) new people out of everyone else; each round uses
 * up Σ C(size, 2) of the C(n, 2) pairs in the room; and with fewer groups than the largest group
 * has members, any second round puts two people of one first-round group together (pigeonhole:
 * 6 in threes, 8 in fours go 1 round). The second is the tighter one with a trio among pairs:
 * 9 in pairs go at most ⌊36 / 6⌋ = 6 rounds, not 8.
 */
export function countingLimit(people: number, size: number): number {
  const sizes = groupSizes(people, size)
  const smallest = Math.min(...sizes)
  if (smallest < 2) return 0
  if (sizes.length < Math.max(...sizes)) return 1
  const byPerson = Math.floor((people - 1) / (smallest - 1))
  const pairsPerRound = sizes.reduce((sum, each) => sum + (each * (each - 1)) / 2, 0)
  const byPairs = Math.floor((people * (people - 1)) / 2 / pairsPerRound)
  return Math.min(byPerson, byPairs)
}

// Rooms where the counting limit is known not to be reached, with the true maximum: 12 in threes
// go 4 rounds, not 5 (no resolvable design of 12 in threes with 5 rounds: the nearly Kirkman
// systems NKTS(12) do not exist, Kotzig and Rosa 1974); 20 in fours go 5, not 6 (the social
// golfer problem 5-4-6 has no solution: Harvey's table of results, CSPLib problem 10).
const knownBelowCounting: Record<string, number> = { '12:3': 4, '20:4': 5 }

/**
 * The most rounds without a repeat that any arrangement of this room can reach, where it is known:
 * when a construction reaches the counting limit, or from the table above; otherwise null.
 */
export function knownMaximum(people: number, size: number): number | null {
  const known = knownBelowCounting[`${String(people)}:${String(size)}`]
  if (known !== undefined) return known
  const limit = countingLimit(people, size)
  return constructedRoundCount(people, size) >= limit ? limit : null
}

/**
 * A plain statement when the planned rounds repeat partners, else null: "With 12 people in
 * threes these groups go 4 rounds before anyone meets a partner again, the most any grouping of
 * this room can; from round 5 some do." Named, not written: the console and the rotation table
 * say it in their own language.
 */
export function describeRepeats(
  people: number,
  size: number,
  roundCount: number,
  roundsWithoutRepeats: number,
): MessageRef | null {
  if (roundsWithoutRepeats >= roundCount) return null
  // Reaching the counting limit proves it the most; short of it, the limit is still true.
  const most = knownMaximum(people, size) ?? countingLimit(people, size)
  const values = { people, size, rounds: roundsWithoutRepeats, next: roundsWithoutRepeats + 1 }
  return roundsWithoutRepeats >= most
    ? messageRef('groups.repeats.most', values)
    : messageRef('groups.repeats.bound', { ...values, most })
}
