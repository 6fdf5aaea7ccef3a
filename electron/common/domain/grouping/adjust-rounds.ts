import type { Group, GroupMember, Round } from './grouping-schema'
import type { Role } from './roles'

/** Where a person is in a round: which group, which place. */
function placeOf(round: Round, personId: string): { group: number; place: number } | null {
  for (const [group, members] of round.groups.entries()) {
    const place = members.findIndex((member) => member.personId === personId)
    if (place >= 0) return { group, place }
  }
  return null
}

/**
 * Swaps two people in one round, by hand: each takes the other's group and role; everyone else
 * stays as they were. Null when either is not in the round.
 */
export function swapPeople(round: Round, first: string, second: string): Round | null {
  const a = placeOf(round, first)
  const b = placeOf(round, second)
  if (a === null || b === null) return null
  const groups = round.groups.map((members) => members.map((member) => ({ ...member })))
  const memberA = groups[a.group]?.[a.place]
  const memberB = groups[b.group]?.[b.place]
  if (memberA === undefined || memberB === undefined) return null
  memberA.personId = second
  memberB.personId = first
  return { ...round, groups }
}

/** The role a late arrival takes on joining a group of `members` when the plan is for `size`. */
function joiningRole(size: number): Role | null {
  return size > 3 ? null : 'observer'
}

/**
 * Adds a late arrival to a round without touching anyone else's group where it can: in a room of
 * pairs that already has a trio, the trio's observer and the newcomer become a new pair (two
 * groups change); otherwise the newcomer joins the smallest group, as its observer in pairs and
 * trios. `avoid` says which groups the newcomer should rather not join (someone to keep apart,
 * say); it is a preference, and the smallest group wins among the rest.
 */
export function addToRound(
  round: Round,
  personId: string,
  size: number,
  avoid: (group: Group) => boolean = () => false,
): Round {
  const groups = round.groups.map((members) => [...members])
  if (size === 2) {
    const trio = groups.findIndex((members) => members.length > 2)
    const trioMembers = groups[trio]
    const observer = trioMembers?.findIndex((member) => member.role === 'observer') ?? -1
    if (trioMembers !== undefined && observer >= 0) {
      const [moved] = trioMembers.splice(observer, 1) as [GroupMember]
      groups.push([
        { personId: moved.personId, role: 'a' },
        { personId, role: 'b' },
      ])
      return { ...round, groups }
    }
  }
  const order = groups
    .map((members, index) => ({ index, length: members.length, avoided: avoid(members) }))
    .sort(
      (x, y) => Number(x.avoided) - Number(y.avoided) || x.length - y.length || x.index - y.index,
    )
  const target = order[0]?.index
  if (target === undefined) {
    groups.push([{ personId, role: size > 3 ? null : 'a' }])
    return { ...round, groups }
  }
  groups[target]?.push({ personId, role: joiningRole(size) })
  return { ...round, groups }
}

/**
 * Takes someone who left out of a round. Their group carries on without them: an observer steps
 * into a role left empty. Someone left alone joins the smallest other group as its observer (two
 * groups change); nobody else moves.
 */
export function removeFromRound(round: Round, personId: string, size: number): Round {
  const at = placeOf(round, personId)
  if (at === null) return round
  const groups = round.groups.map((members) => [...members])
  const members = groups[at.group] ?? []
  const [gone] = members.splice(at.place, 1)
  const vacated = gone?.role ?? null
  if (vacated !== null && vacated !== 'observer') {
    const stepIn = members.findIndex((member) => member.role === 'observer')
    const member = members[stepIn]
    if (member !== undefined) members[stepIn] = { ...member, role: vacated }
  }
  if (members.length >= 2 || groups.length === 1) return { ...round, groups }
  groups.splice(at.group, 1)
  const alone = members[0]
  if (alone === undefined) return { ...round, groups }
  const smallest = groups.reduce(
    (best, group, index) => ((groups[best]?.length ?? 0) <= group.length ? best : index),
    0,
  )
  groups[smallest]?.push({ personId: alone.personId, role: joiningRole(size) })
  return { ...round, groups }
}
