/**
 * The roles people take in a group: the one who goes first (A), the one who goes second (B), and
 * the observer a trio adds. Groups of four or more take no roles.
 */
export type Role = 'a' | 'b' | 'observer'

/** The roles each person should take equally often, for groups of `size`. */
export function countedRoles(size: number): readonly Role[] {
  if (size === 2) return ['a', 'b']
  if (size === 3) return ['a', 'b', 'observer']
  return []
}

/**
 * The role of each place in a group of `members` people when the plan is for groups of `size`:
 * A, then B, then observers. An odd person out who joins a pair is its observer.
 */
export function roleSlots(size: number, members: number): (Role | null)[] {
  if (size > 3) return Array.from({ length: members }, () => null)
  return Array.from({ length: members }, (_, index): Role => {
    if (index === 0) return 'a'
    if (index === 1) return 'b'
    return 'observer'
  })
}

/** How often one person has taken each role so far. */
export type RoleCounts = Record<Role, number>

export function noRoles(): RoleCounts {
  return { a: 0, b: 0, observer: 0 }
}

/**
 * True when taking `role` keeps this person's counts of the counted roles within one of each
 * other: it is one they have taken least. Roles outside the counted ones (the observer in a room
 * of pairs) keep the balance as it is.
 */
export function keepsBalance(
  counts: RoleCounts,
  role: Role | null,
  counted: readonly Role[],
): boolean {
  if (role === null || !counted.includes(role)) return true
  const least = Math.min(...counted.map((each) => counts[each]))
  return counts[role] === least
}

/** Every ordering of `items` (groups are small: at most a few dozen orderings). */
export function orderings<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  const result: T[][] = []
  items.forEach((item, index) => {
    const rest = [...items.slice(0, index), ...items.slice(index + 1)]
    for (const tail of orderings(rest)) result.push([item, ...tail])
  })
  return result
}
