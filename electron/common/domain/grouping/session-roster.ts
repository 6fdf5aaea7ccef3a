import { z } from 'zod'
import type { Exercise, Workshop } from '../workshop/schema'
import { addToRound, removeFromRound, swapPeople } from './adjust-rounds'
import {
  groupingRulesSchema,
  personSchema,
  roundSchema,
  type GroupingRules,
  type Person,
  type Round,
} from './grouping-schema'
import { planRounds } from './plan-rounds'
import {
  formatRef,
  messageRef,
  type MessageFormatter,
  type MessageRef,
} from '../../i18n/message-ref'
import { describeRepeats } from './repeat-limit'
import { MAX_ROSTER } from './roster-text'

/**
 * A session's roster and its rounds: who is there, how groups are drawn, and the groups and roles
 * of each exercise in pairs or groups. Kept in the session record; a session may have none.
 */
export const sessionRosterSchema = z.strictObject({
  people: z.array(personSchema).max(MAX_ROSTER * 2),
  rules: groupingRulesSchema,
  rounds: z.array(roundSchema).max(200),
  /**
   * When the planned rounds repeat partners: the room's count, its group size, the rounds planned
   * and how many went by before a repeat, from which the console and the rotation table say it in
   * their language. Null when nobody meets twice; absent in records from before it was kept.
   */
  repeats: z
    .strictObject({
      people: z.number().int().min(0),
      size: z.number().int().min(1),
      rounds: z.number().int().min(0),
      withoutRepeats: z.number().int().min(0),
    })
    .nullable()
    .optional(),
  /**
   * The same said in English, as records kept it before `repeats` (shown as written for those);
   * null in newer records.
   */
  repeatNote: z.string().max(400).nullable(),
})
export type SessionRoster = z.infer<typeof sessionRosterSchema>

/** What the roster says of partners meeting again, in `formatter`'s language; null if nobody does. */
export function sayRepeats(formatter: MessageFormatter, roster: SessionRoster): string | null {
  const { repeats } = roster
  if (repeats === undefined) return roster.repeatNote
  if (repeats === null) return null
  const ref = describeRepeats(repeats.people, repeats.size, repeats.rounds, repeats.withoutRepeats)
  return ref === null ? null : formatRef(formatter, ref)
}

/** The roster as the windows see it, and which exercise's groups the room shows (or null). */
export interface RosterView {
  roster: SessionRoster | null
  shownExerciseId: string | null
}

/** A change to the rounds during the session. */
export type RosterChange =
  | { kind: 'swap'; exerciseId: string; first: string; second: string }
  | { kind: 'add'; name: string }
  | { kind: 'remove'; personId: string }

/** True when some phase of the exercise is done in pairs, threes or small groups. */
export function isGrouped(exercise: Exercise): boolean {
  return exercise.phases.some((phase) => ['pairs', 'trios', 'smallGroups'].includes(phase.grouping))
}

/** The exercises that get a round, in agenda order. */
export function groupedExercises(workshop: Workshop): Exercise[] {
  return workshop.exercises.filter(
    (item): item is Exercise => item.kind === 'exercise' && isGrouped(item),
  )
}

/** Draws the rounds of every grouped exercise of `workshop` for `people`. */
export function planSessionRoster(
  workshop: Workshop,
  people: Person[],
  rules: GroupingRules,
): { ok: true; roster: SessionRoster } | { ok: false; message: MessageRef } {
  const exercises = groupedExercises(workshop)
  if (exercises.length === 0) {
    return {
      ok: false,
      message: messageRef('errors.grouping.noGroupedExercise'),
    }
  }
  const planned = planRounds(people, rules, exercises.length)
  if (!planned.ok) return planned
  const { rounds, roundsWithoutRepeats } = planned.value
  return {
    ok: true,
    roster: {
      people,
      rules,
      rounds: exercises.map((exercise, index) => ({
        exerciseId: exercise.id,
        groups: rounds[index] ?? [],
      })),
      repeats:
        rules.perExercise && roundsWithoutRepeats < exercises.length
          ? {
              people: people.length,
              size: rules.size,
              rounds: exercises.length,
              withoutRepeats: roundsWithoutRepeats,
            }
          : null,
      repeatNote: null,
    },
  }
}

/** The round of the exercise at `itemIndex`, or of the next grouped exercise after it. */
export function roundAt(
  workshop: Workshop,
  roster: SessionRoster,
  itemIndex: number,
): Round | null {
  const upcoming = workshop.exercises.slice(itemIndex).map((item) => item.id)
  for (const id of upcoming) {
    const round = roster.rounds.find((each) => each.exerciseId === id)
    if (round !== undefined) return round
  }
  return null
}

/**
 * Applies a change made during the session. A swap changes one round; an arrival or a departure
 * changes the rounds from the exercise at `itemIndex` on, never the ones already run.
 */
export function changeRoster(
  workshop: Workshop,
  roster: SessionRoster,
  change: RosterChange,
  itemIndex: number,
): { ok: true; roster: SessionRoster } | { ok: false; message: MessageRef } {
  const still = new Set(workshop.exercises.slice(itemIndex).map((item) => item.id))
  if (change.kind === 'swap') {
    const round = roster.rounds.find((each) => each.exerciseId === change.exerciseId)
    const swapped = round === undefined ? null : swapPeople(round, change.first, change.second)
    if (swapped === null)
      return { ok: false, message: messageRef('errors.grouping.swapNotInRound') }
    return {
      ok: true,
      roster: {
        ...roster,
        rounds: roster.rounds.map((each) => (each === round ? swapped : each)),
      },
    }
  }
  if (change.kind === 'add') {
    const name = change.name.trim()
    if (name === '') return { ok: false, message: messageRef('errors.grouping.arrivalName') }
    const next = Math.max(-1, ...roster.people.map((person) => Number(person.id.slice(1)))) + 1
    const person: Person = { id: `p${String(next)}`, name, attributes: {} }
    return {
      ok: true,
      roster: {
        ...roster,
        people: [...roster.people, person],
        rounds: roster.rounds.map((round) =>
          still.has(round.exerciseId) ? addToRound(round, person.id, roster.rules.size) : round,
        ),
      },
    }
  }
  if (!roster.people.some((person) => person.id === change.personId)) {
    return { ok: false, message: messageRef('errors.grouping.notOnRoster') }
  }
  return {
    ok: true,
    roster: {
      ...roster,
      rounds: roster.rounds.map((round) =>
        still.has(round.exerciseId)
          ? removeFromRound(round, change.personId, roster.rules.size)
          : round,
      ),
    },
  }
}
