import type { Exercise, Workshop } from '../workshop/schema'
import type { Role } from './roles'
import { roleCue, roleName } from './role-names'
import { roundAt, type RosterView, type SessionRoster } from './session-roster'
import type { Round } from './grouping-schema'

/** One person as the room, the console and paper show them: name and role. */
export interface NamedMember {
  personId: string
  name: string
  role: Role | null
}

/** A round with names: its exercise, its numbered groups, and what each role does in it. */
export interface NamedRound {
  exerciseId: string
  exerciseTitle: string
  groups: NamedMember[][]
  /** "Partner A: share both moments", for each role taken in this round. */
  cues: { role: Role; name: string; cue: string }[]
}

/** The exercise a round belongs to, if the workshop still has it. */
export function exerciseOf(workshop: Workshop, exerciseId: string): Exercise | null {
  const item = workshop.exercises.find((each) => each.id === exerciseId)
  return item?.kind === 'exercise' ? item : null
}

/** A round with each person's name in place of their id. */
export function nameRound(workshop: Workshop, roster: SessionRoster, round: Round): NamedRound {
  const names = new Map(roster.people.map((person) => [person.id, person.name]))
  const exercise = exerciseOf(workshop, round.exerciseId)
  const roles = new Set(round.groups.flatMap((group) => group.map((member) => member.role)))
  const order: Role[] = ['a', 'b', 'observer']
  return {
    exerciseId: round.exerciseId,
    exerciseTitle: exercise?.title ?? round.exerciseId,
    groups: round.groups.map((group) =>
      group.map((member) => ({
        personId: member.personId,
        name: names.get(member.personId) ?? '?',
        role: member.role,
      })),
    ),
    cues: order
      .filter((role) => roles.has(role))
      .map((role) => ({
        role,
        name: roleName(role),
        cue: exercise === null ? roleName(role) : roleCue(exercise, role),
      })),
  }
}

/**
 * The round the room should show now: the one the facilitator put up, while the run is on that
 * exercise or before it. Once the run moves past it, the room goes back to the exercise.
 */
export function shownRound(
  workshop: Workshop,
  view: RosterView | null,
  itemIndex: number,
): NamedRound | null {
  if (view?.roster == null || view.shownExerciseId === null) return null
  const round = roundAt(workshop, view.roster, itemIndex)
  if (round?.exerciseId !== view.shownExerciseId) return null
  return nameRound(workshop, view.roster, round)
}

/** Every round of a roster with names, in agenda order. */
export function nameRounds(workshop: Workshop, roster: SessionRoster): NamedRound[] {
  return roster.rounds.map((round) => nameRound(workshop, roster, round))
}

/** One group as a line: "Ana (Partner A) · Ben (Partner B) · Cai (Observer)". */
export function describeGroup(group: readonly NamedMember[]): string {
  return group
    .map((member) =>
      member.role === null ? member.name : `${member.name} (${roleName(member.role)})`,
    )
    .join(' · ')
}

/** One person's day: for each grouped exercise, whom they work with and what their role does. */
export function personRounds(
  workshop: Workshop,
  roster: SessionRoster,
  personId: string,
): { exerciseTitle: string; partners: string[]; role: string | null }[] {
  return nameRounds(workshop, roster).flatMap((round) => {
    const group = round.groups.find((members) => members.some((m) => m.personId === personId))
    const me = group?.find((member) => member.personId === personId)
    if (group === undefined || me === undefined) return []
    const cue = round.cues.find((each) => each.role === me.role)
    return [
      {
        exerciseTitle: round.exerciseTitle,
        partners: group.filter((member) => member !== me).map((member) => member.name),
        role: cue?.cue ?? null,
      },
    ]
  })
}
