import { groupSizes } from './group-sizes'

/**
 * The most rounds anyone can go without meeting someone twice, by counting: each round a person
 * meets at least (smallest group − 1) new people, out of everyone else. Real limits can be lower
 * (12 people in threes can go 4 rounds, not 5), so the plan states what it found.
 */
export function countingLimit(people: number, size: number): number {
  const smallest = Math.min(...groupSizes(people, size))
  return smallest < 2 ? 0 : Math.floor((people - 1) / (smallest - 1))
}

const sizeWords: Record<number, string> = { 2: 'pairs', 3: 'threes' }

/**
 * A plain statement when the planned rounds repeat partners, else null: "With 12 people in
 * threes these groups go 4 rounds before anyone meets a partner again; from round 5 some do."
 */
export function describeRepeats(
  people: number,
  size: number,
  roundCount: number,
  roundsWithoutRepeats: number,
): string | null {
  if (roundsWithoutRepeats >= roundCount) return null
  const groups = sizeWords[size] ?? `groups of ${String(size)}`
  const rounds = roundsWithoutRepeats === 1 ? 'round' : 'rounds'
  return (
    `With ${String(people)} people in ${groups} these groups go ${String(roundsWithoutRepeats)} ` +
    `${rounds} before anyone meets a partner again; from round ${String(roundsWithoutRepeats + 1)} some do.`
  )
}
