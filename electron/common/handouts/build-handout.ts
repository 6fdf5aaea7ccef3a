import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fail, succeed, type Result } from '../api/result'
import type { Exercise, Workshop } from '../domain/workshop/schema'
import { buildParticipantAgenda } from './agenda'
import { buildCover } from './cover'
import { buildExercisePage } from './exercise-page'
import type { HandoutOptions } from './options'
import { frameDocument } from './page-frame'
import { buildRunSheet } from './run-sheet'
import { createTheme } from './theme'

/**
 * Builds the pdfmake document for a handout. The only expected failure is an exercise id that
 * the workshop does not have (`not-found`).
 */
export function buildHandoutDocument(
  workshop: Workshop,
  options: HandoutOptions,
): Result<TDocumentDefinitions> {
  switch (options.kind) {
    case 'pack':
      return succeed(buildPackDocument(workshop, options))
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

function buildPackDocument(workshop: Workshop, options: HandoutOptions): TDocumentDefinitions {
  const theme = createTheme(options)
  const exercises = listExercises(workshop)
  const content: Content[] = [
    buildCover(workshop, options, theme),
    buildParticipantAgenda(workshop, theme),
    ...exercises.map((exercise, index) =>
      buildExercisePage(exercise, { number: index + 1, of: exercises.length }, theme, true),
    ),
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
  const page = buildExercisePage(
    exercise,
    { number: index + 1, of: exercises.length },
    theme,
    false,
  )
  return succeed(frameDocument(workshop, theme, `Worksheet: ${exercise.title}`, [page]))
}
