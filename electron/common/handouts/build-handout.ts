import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { fail, succeed, type Result } from '../api/result'
import type { Exercise, Workshop } from '../domain/workshop/schema'
import { buildParticipantAgenda } from './agenda'
import { buildCover } from './cover'
import { buildExercisePage, type ExercisePosition } from './exercise-page'
import { buildFeedbackBlock } from './feedback'
import { buildFocusAreaPage } from './focus-areas'
import type { MessageLanguage } from '../i18n/locales'
import type { HandoutOptions } from './options'
import { createPageMarks, type PageMarks } from './page-marks'
import { frameDocument } from './page-frame'
import { buildRunSheet, type RunSheetPlacing } from './run-sheet'
import { createTheme, type HandoutTheme } from './theme'
import { say } from './wording'

/**
 * Builds the pdfmake document for a handout. The only expected failure is an exercise id that
 * the workshop does not have (`not-found`).
 */
export function buildHandoutDocument(
  workshop: Workshop,
  requested: HandoutOptions,
  notesBefore: readonly number[] = [],
  placing: RunSheetPlacing = {},
): Result<TDocumentDefinitions> {
  const options = inWorkshopLanguage(workshop, requested)
  switch (options.kind) {
    case 'pack':
      return succeed(buildPackDocument(workshop, options, notesBefore))
    case 'runsheet':
      return succeed(
        frameDocument(
          workshop,
          createTheme(options, true),
          say(createTheme(options, true).intl, 'print.runSheet.title'),
          buildRunSheet(workshop, options, createTheme(options, true), placing),
        ),
      )
    case 'exercise':
      return buildExerciseDocument(workshop, options)
  }
}

/**
 * The options with their language settled: the one asked for, else the workshop's, else English.
 */
export function inWorkshopLanguage<T extends object>(
  workshop: Workshop,
  options: T & { language?: MessageLanguage },
): T & { language: MessageLanguage } {
  return { ...options, language: options.language ?? workshop.language ?? 'en' }
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

function describePart(exercise: Exercise, position: ExercisePosition, theme: HandoutTheme): string {
  return say(theme.intl, 'print.exercise.part', {
    number: position.number,
    count: position.of,
    title: exercise.title,
  })
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
  const marks = createPageMarks()
  const { content, describePage } = buildPackContent(workshop, options, theme, marks, notesBefore)
  return frameDocument(workshop, theme, say(theme.intl, 'print.pack.title'), content, describePage)
}

/**
 * The pack a run sheet refers to (same paper and print size), and the page each exercise starts
 * on once it has been laid out, so the run sheet can say "pack page 7".
 */
export function buildPackProbe(
  workshop: Workshop,
  options: HandoutOptions,
): { document: TDocumentDefinitions; startPages: () => (number | undefined)[] } {
  const theme = createTheme(inWorkshopLanguage(workshop, options))
  const marks = createPageMarks()
  const packOptions: HandoutOptions = {
    kind: 'pack',
    paper: options.paper,
    largePrint: options.largePrint,
    language: theme.language,
  }
  const { content, describePage } = buildPackContent(workshop, packOptions, theme, marks)
  return {
    document: frameDocument(
      workshop,
      theme,
      say(theme.intl, 'print.pack.title'),
      content,
      describePage,
    ),
    startPages: () =>
      listExercises(workshop).map((_, index) => marks.placeOf(`exercise-${String(index)}`)?.page),
  }
}

/** A pack's pages and what its running head says on each page. */
export interface PackContent {
  content: Content[]
  /** What the running head names on a page: the exercises on it, or the pack. */
  describePage: (page: number) => string
}

/**
 * The pack's content: cover, agenda, focus areas, then the exercises one after another. Single
 * -sided, exercises follow on down the pages; double-sided (`options.duplex`), each starts a
 * page, and a Notes page goes before those listed in `notesBefore` so each starts on the right.
 * `marks` learn where each exercise lands, for the running heads.
 */
export function buildPackContent(
  workshop: Workshop,
  options: HandoutOptions,
  theme: HandoutTheme,
  marks: PageMarks,
  notesBefore: readonly number[] = [],
  markPrefix = '',
): PackContent {
  const exercises = listExercises(workshop)
  const focusAreas = buildFocusAreaPage(workshop, theme)
  const startsPages = options.duplex === true
  const feedback = buildFeedbackBlock(workshop, theme)
  const key = (index: number) => `${markPrefix}exercise-${String(index)}`
  const content: Content[] = [
    buildCover(workshop, options, theme),
    buildParticipantAgenda(workshop, theme),
    ...(focusAreas === null ? [] : [focusAreas]),
    ...exercises.flatMap((exercise, index): Content[] => {
      const position = locateExercise(workshop, exercises, index)
      const page = buildExercisePage(exercise, position, theme, {
        startsNewPage: startsPages,
        followsContent: true,
        anchor: markPrefix === '' ? exerciseAnchor(index) : undefined,
        mark: marks.mark(key(index)),
      })
      const end = marks.mark(`${key(index)}-end`)
      if (!notesBefore.includes(index)) return [page, end]
      const notes: Content = {
        stack: [
          marks.mark(`${key(index)}-notes`),
          { text: say(theme.intl, 'print.notes'), style: 'heading' },
        ],
        pageBreak: 'before',
      }
      return [notes, page, end]
    }),
    ...(feedback === null ? [] : [feedback]),
  ]
  const parts = exercises.map((exercise, index) =>
    describePart(exercise, locateExercise(workshop, exercises, index), theme),
  )
  const packTitle = say(theme.intl, 'print.pack.title')
  const describePage = (page: number): string => {
    const isNotes = notesBefore.some((index) => marks.placeOf(`${key(index)}-notes`)?.page === page)
    if (isNotes) return say(theme.intl, 'print.notes')
    const onPage = exercises.flatMap((_, index) => {
      const start = marks.placeOf(key(index))?.page
      const end = marks.placeOf(`${key(index)}-end`)?.page
      return start !== undefined && start <= page && page <= (end ?? start) ? [index] : []
    })
    const first = onPage[0]
    const final = onPage.at(-1)
    if (first === undefined || final === undefined) return packTitle
    if (first === final) return parts[first] ?? packTitle
    return say(theme.intl, final === first + 1 ? 'print.exercise.pair' : 'print.exercise.range', {
      first: first + 1,
      last: final + 1,
      count: exercises.length,
    })
  }
  return { content, describePage }
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
  const page = buildExercisePage(exercise, position, theme)
  return succeed(
    frameDocument(
      workshop,
      theme,
      say(theme.intl, 'print.worksheet.title', { title: exercise.title }),
      [page],
      describePart(exercise, position, theme),
    ),
  )
}
