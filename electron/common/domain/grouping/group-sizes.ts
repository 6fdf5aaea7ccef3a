/**
 * The sizes of the groups for `people` people in groups of `size`. Leftovers join groups rather
 * than standing alone: an odd person out makes one trio in a room of pairs. When there are more
 * leftovers than groups to take them, they form one smaller group of their own (5 people in threes
 * are a trio and a pair). Callers check `people >= size` first.
 */
export function groupSizes(people: number, size: number): number[] {
  const count = Math.floor(people / size)
  const rest = people % size
  if (rest === 0) return Array.from({ length: count }, () => size)
  if (rest <= count) {
    return Array.from({ length: count }, (_, index) => (index < rest ? size + 1 : size))
  }
  return [...Array.from({ length: count }, () => size), rest]
}
