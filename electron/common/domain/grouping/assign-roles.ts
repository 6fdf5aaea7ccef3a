import type { Role } from './roles'
import { pickIndex } from './seeded-random'

/** One round's groups with roles: each group's members in order A, B, then observers. */
export type RoleRound = { person: number; role: Role | null }[][]

/**
 * Observer seats in a group of `members` when the room is in groups of `size`: the third of a
 * three; the third of a trio in a room of pairs; the third and fourth of a four among threes.
 */
function observerSeats(size: number, members: number): number {
  return size > 3 ? 0 : Math.max(0, members - 2)
}

/**
 * Picks who observes in each round so that nobody observes twice before everyone has once: the
 * seats of one cycle (from the round after everyone last had a turn) are matched to the people
 * yet to observe in it by augmenting paths (Kuhn's bipartite matching), so an earlier round's
 * observer may change to let a later group have one. In a room of uniform threes a cycle is three
 * rounds and the people-to-groups graph is 3-regular, so the matching is perfect (König) and each
 * person observes exactly once in each block of three rounds. Where no such choice exists (the
 * same trio all day), the member who has observed least takes the seat.
 */
function chooseObservers(
  rounds: readonly (readonly (readonly number[])[])[],
  size: number,
  people: number,
): Set<number>[][] {
  const observers = rounds.map((groups) => groups.map(() => new Set<number>()))
  const turns = new Int32Array(people)
  // Seats given for good (a closed cycle's, or a fallback's), by round × people + person, so no
  // later augmenting path seats someone twice in one round.
  const seatedIn = new Set<number>()
  // The open cycle: its seats (round, group), who holds each, and which seat each person holds.
  let seats: { round: number; group: number }[] = []
  let holder: number[] = []
  let seatOf = new Int32Array(people).fill(-1)
  let held = 0
  const give = (round: number, group: number, person: number) => {
    observers[round]?.[group]?.add(person)
    seatedIn.add(round * people + person)
    turns[person] = (turns[person] ?? 0) + 1
  }
  const closeCycle = () => {
    holder.forEach((person, seat) => {
      const at = seats[seat]
      if (at !== undefined && person >= 0) give(at.round, at.group, person)
    })
    seats = []
    holder = []
    seatOf = new Int32Array(people).fill(-1)
    held = 0
  }
  const augment = (seat: number, visited: Uint8Array): boolean => {
    const at = seats[seat]
    if (at === undefined) return false
    for (const person of rounds[at.round]?.[at.group] ?? []) {
      if (visited[person] === 1 || seatedIn.has(at.round * people + person)) continue
      visited[person] = 1
      const other = seatOf[person] ?? -1
      if (other < 0 || augment(other, visited)) {
        seatOf[person] = seat
        holder[seat] = person
        return true
      }
    }
    return false
  }
  const seat = (round: number, group: number): boolean => {
    seats.push({ round, group })
    holder.push(-1)
    if (augment(seats.length - 1, new Uint8Array(people))) {
      held++
      return true
    }
    seats.pop()
    holder.pop()
    return false
  }
  /** Where no one yet to observe in the cycle can take a seat: the member who observed least. */
  const giveToLeast = (round: number, group: number) => {
    const free = (rounds[round]?.[group] ?? []).filter(
      (person) =>
        !seatedIn.has(round * people + person) && seats[seatOf[person] ?? -1]?.round !== round,
    )
    const count = (person: number) => (turns[person] ?? 0) + ((seatOf[person] ?? -1) >= 0 ? 1 : 0)
    const least = free.reduce(
      (best, person) => (count(person) < count(best) ? person : best),
      free[0] ?? -1,
    )
    if (least >= 0) give(round, group, least)
  }
  rounds.forEach((groups, round) => {
    // Seats the open cycle cannot fill wait until the round's other seats are in: if those
    // complete the cycle, they open the next one instead of giving anyone a second turn early.
    const waiting: number[] = []
    groups.forEach((members, group) => {
      for (let count = 0; count < observerSeats(size, members.length); count++)
        if (!seat(round, group)) waiting.push(group)
    })
    if (held === people) closeCycle()
    for (const group of waiting) if (!seat(round, group)) giveToLeast(round, group)
    if (held === people) closeCycle()
  })
  closeCycle()
  // Should a fallback find every member already seated, the group still gets its observers.
  rounds.forEach((groups, round) =>
    groups.forEach((members, group) => {
      const watching = observers[round]?.[group]
      while (watching !== undefined && watching.size < observerSeats(size, members.length)) {
        const next = members.find((person) => !watching.has(person))
        if (next === undefined) break
        give(round, group, next)
      }
    }),
  )
  return observers
}

/**
 * Gives roles over a whole schedule, after the groups are fixed. Rooms in pairs or threes take
 * roles (A, B, and in threes an observer); larger groups take none.
 *
 * Observers first (see `chooseObservers`). Then A and B: each group's two other members must take
 * different roles, and each person's 1st and 2nd, 3rd and 4th… turns at A or B must differ. Every
 * turn is in one group constraint and at most one person constraint, so the constraints form
 * paths and cycles alternating between the two kinds: even cycles, so a 2-colouring always exists
 * (König's edge-colouring theorem for bipartite graphs, in its simplest case). So after every
 * round each person has been A and B within one of each other, and in a room of threes each
 * person's counts of A, B and observer stay within one; extra observers in a four among threes,
 * or the trio's observer in a room of pairs, rotate round the room instead.
 */
export function assignRoles(
  rounds: readonly (readonly (readonly number[])[])[],
  size: number,
  people: number,
  random: () => number,
): RoleRound[] {
  if (size > 3) {
    return rounds.map((groups) =>
      groups.map((members) => members.map((person) => ({ person, role: null }))),
    )
  }
  const observers = chooseObservers(rounds, size, people)
  // Turns at A or B, as (round, group, person), with the group and person constraints.
  const turnRound: number[] = []
  const turnGroup: number[] = []
  const turnPerson: number[] = []
  const groupMate: number[] = []
  const personMate: number[] = []
  const lastOpen = new Int32Array(people).fill(-1)
  rounds.forEach((groups, round) =>
    groups.forEach((members, group) => {
      const watching = observers[round]?.[group] ?? new Set<number>()
      const playing = members.filter((person) => !watching.has(person))
      const first = turnRound.length
      playing.forEach((person, place) => {
        const turn = turnRound.length
        turnRound.push(round)
        turnGroup.push(group)
        turnPerson.push(person)
        groupMate.push(playing.length === 2 ? first + 1 - place : -1)
        const open = lastOpen[person] ?? -1
        if (open >= 0) {
          personMate.push(open)
          personMate[open] = turn
          lastOpen[person] = -1
        } else {
          personMate.push(-1)
          lastOpen[person] = turn
        }
      })
    }),
  )
  const colour = new Int8Array(turnRound.length).fill(-1)
  for (let start = 0; start < colour.length; start++) {
    if (colour[start] !== -1) continue
    colour[start] = pickIndex(random, 2)
    const stack = [start]
    while (stack.length > 0) {
      const turn = stack.pop() as number
      for (const mate of [groupMate[turn] ?? -1, personMate[turn] ?? -1]) {
        if (mate < 0 || colour[mate] !== -1) continue
        colour[mate] = 1 - (colour[turn] ?? 0)
        stack.push(mate)
      }
    }
  }
  const roleOf = new Map<string, Role>()
  turnRound.forEach((round, turn) => {
    roleOf.set(`${String(round)}:${String(turnPerson[turn])}`, colour[turn] === 0 ? 'a' : 'b')
  })
  const rank: Record<Role, number> = { a: 0, b: 1, observer: 2 }
  return rounds.map((groups, round) =>
    groups.map((members) =>
      members
        .map((person) => ({
          person,
          role: roleOf.get(`${String(round)}:${String(person)}`) ?? 'observer',
        }))
        .sort((x, y) => rank[x.role] - rank[y.role]),
    ),
  )
}
