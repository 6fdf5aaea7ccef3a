import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fail, succeed, type Result } from '../api/result'
import type { Exercise, Workshop } from '../domain/workshop/schema'
import { buildParticipantAgenda } from './agenda'
import { buildCover } from './cover'
import { buildExercisePage, type ExercisePosition } from './exercise-page'
import { buildFocusAreaPage } from './focus-areas'
import type { HandoutOptions } from './options'
import { buildRunningHead, frameDocument } from './page-frame'
import { buildRunSheet } from './run-sheet'
import { createTheme } from './theme'

/**
 * Builds the pdfmake document for a handout. The only expected failure is an exercise id that
 * the workshop does not have (`not-found`).
 */
export function buildHandoutDocument(
  workshop: Workshop,
  options: HandoutOptions,
  notesBefore: readonly number[] = [],
): Result<TDocumentDefinitions> {
  switch (options.kind) {
    case 'pack':
      return succeed(buildPackDocument(workshop, options, notesBefore))
    case 'runsheet':
      return succeed(
        frameDocument(
          workshop,
          createTheme(options, true),
          'Facilitator run sheet',
          buildRunSheet(workshop, options, createTheme(options, true)),
        ),
      )
    case 'exercise':
      return buildExerciseDocument(workshop, options)
  }
}

function listExercises(workshop: Workshop): Exercise[] {
  return workshop.exercises.filter((item): item is Exercise => item.kind === 'exercise')
}

/** Where an exercise sits, for its kicker and its running head. */
function locateExercise(
  workshop: Workshop,
  exercises: Exercise[],
  index: number,
): ExercisePosition {
  const exercise = exercises[index]
  const area = workshop.focusAreas.find((item) => item.id === exercise?.focusAreaId)
  return { number: index + 1, of: exercises.length, focusArea: area?.title }
}

function describePart(exercise: Exercise, position: ExercisePosition): string {
  return `Exercise ${String(position.number)} of ${String(position.of)}: ${exercise.title}`
}

/**
 * The id on the first line of each exercise in a pack, by which a first printing finds the page
 * each exercise starts on (see `planNotesPages`).
 */
export function exerciseAnchor(index: number): string {
  return `exercise-start-${String(index)}`
}

function buildPackDocument(
  workshop: Workshop,
  options: HandoutOptions,
  notesBefore: readonly number[],
): TDocumentDefinitions {
  const theme = createTheme(options)
  const exercises = listExercises(workshop)
  const focusAreas = buildFocusAreaPage(workshop, theme)
  const content: Content[] = [
    buildCover(workshop, options, theme),
    buildParticipantAgenda(workshop, theme),
    ...(focusAreas === null ? [] : [focusAreas]),
    // Each exercise is a section: it starts a fresh page and every page it runs onto carries
    // its own running head, so a loose sheet names its exercise.
    ...exercises.flatMap((exercise, index): Content[] => {
      const position = locateExercise(workshop, exercises, index)
      const page: Content = {
        section: buildExercisePage(exercise, position, theme, false, exerciseAnchor(index)),
        header: buildRunningHead(workshop, theme, describePart(exercise, position)),
      }
      if (!notesBefore.includes(index)) return [page]
      const notes: Content = {
        section: { text: 'Notes', style: 'heading' },
        header: buildRunningHead(workshop, theme, 'Notes'),
      }
      return [notes, page]
    }),
  ]
  return frameDocument(workshop, theme, 'Participant pack', content)
}

function buildExerciseDocument(
  workshop: Workshop,
  options: HandoutOptions,
): Result<TDocumentDefinitions> {
  const theme = createTheme(options)
  const exercises = listExercises(workshop)
  const index = exercises.findIndex((exercise) => exercise.id === options.exerciseId)
  const exercise = exercises[index]
  if (exercise === undefined) {
    const known = exercises.map((item) => item.id).join(', ')
    return fail(
      'not-found',
      `no exercise with id "${options.exerciseId ?? ''}" in this workshop (it has: ${known})`,
    )
  }
  const position = locateExercise(workshop, exercises, index)
  const page = buildExercisePage(exercise, position, theme, false)
  return succeed(
    frameDocument(
      workshop,
      theme,
      `Worksheet: ${exercise.title}`,
      [page],
      describePart(exercise, position),
    ),
  )
}
