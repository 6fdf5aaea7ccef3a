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
  // One cycle: its seats (round, group) and who holds each, and who holds a seat of it.
  let seats: { round: number; group: number }[] = []
  let holder: number[] = []
  let seatOf = new Int32Array(people).fill(-1)
  let held = 0
  const closeCycle = () => {
    holder.forEach((person, seat) => {
      const at = seats[seat]
      if (at !== undefined && person >= 0) {
        observers[at.round]?.[at.group]?.add(person)
        turns[person] = (turns[person] ?? 0) + 1
      }
    })
    seats = []
    holder = []
    seatOf = new Int32Array(people).fill(-1)
    held = 0
  }
  const membersAt = (seat: number) => {
    const at = seats[seat]
    return at === undefined ? [] : (rounds[at.round]?.[at.group] ?? [])
  }
  const augment = (seat: number, visited: Uint8Array, blocked: ReadonlySet<number>): boolean => {
    for (const person of membersAt(seat)) {
      if (visited[person] === 1 || blocked.has(person)) continue
      visited[person] = 1
      const other = seatOf[person] ?? -1
      if (other < 0 || augment(other, visited, blocked)) {
        seatOf[person] = seat
        holder[seat] = person
        return true
      }
    }
    return false
  }
  rounds.forEach((groups, round) => {
    // People already seated this round in a cycle that has closed may not take a second seat.
    const seatedThisRound = new Set<number>()
    groups.forEach((members, group) => {
      for (let seat = 0; seat < observerSeats(size, members.length); seat++) {
        seats.push({ round, group })
        holder.push(-1)
        const index = seats.length - 1
        if (augment(index, new Uint8Array(people), seatedThisRound)) held++
        else {
          // Nobody left in this cycle can take the seat: the member who observed least does.
          seats.pop()
          holder.pop()
          const taken = observers[round]?.[group] ?? new Set<number>()
          const free = members.filter((person) => {
            const mine = seats[seatOf[person] ?? -1]
            return !taken.has(person) && !seatedThisRound.has(person) && mine?.round !== round
          })
          const least = free.reduce(
            (best, person) => ((turns[person] ?? 0) < (turns[best] ?? 0) ? person : best),
            free[0] ?? -1,
          )
          if (least >= 0) {
            taken.add(least)
            seatedThisRound.add(least)
            turns[least] = (turns[least] ?? 0) + 1
          }
        }
        if (held === people) {
          seats.forEach((at, seat) => {
            const person = holder[seat] ?? -1
            if (at.round === round && person >= 0) seatedThisRound.add(person)
          })
          closeCycle()
        }
      }
    })
  })
  closeCycle()
  // A seat moved by a later augmenting path can, in rare rooms, leave a group one observer short:
  // the member who observed least fills it.
  rounds.forEach((groups, round) =>
    groups.forEach((members, group) => {
      const watching = observers[round]?.[group]
      if (watching === undefined) return
      while (watching.size < observerSeats(size, members.length)) {
        const free = members.filter((person) => !watching.has(person))
        const least = free.reduce(
          (best, person) => ((turns[person] ?? 0) < (turns[best] ?? 0) ? person : best),
          free[0] ?? -1,
        )
        if (least < 0) break
        watching.add(least)
        turns[least] = (turns[least] ?? 0) + 1
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
