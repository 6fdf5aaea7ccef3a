import type { Exercise, Workshop } from '@common/domain/workshop/schema'
import type { HandoutKind } from '@common/handouts/options'
import { listExercises } from './handout-fixtures'

/**
 * Every text a handout of `kind` must print: titles, prompts and worksheet labels (with their
 * hints, headings, row labels, tick-box items and map sectors) for participants; titles, prompts
 * and facilitator notes for the run sheet.
 */
export function listPrintedTexts(
  workshop: Workshop,
  kind: HandoutKind,
  exerciseId?: string,
): string[] {
  const exercises = listExercises(workshop).filter(
    (exercise) => kind !== 'exercise' || exercise.id === exerciseId,
  )
  return exercises.flatMap((exercise) => [
    exercise.title,
    ...exercise.phases.flatMap((phase) => phase.prompts),
    ...(kind === 'runsheet'
      ? [...exercise.facilitatorNotes, ...exercise.phases.map((phase) => phase.label)]
      : [exercise.purpose, ...listWorksheetTexts(exercise)]),
  ])
}

function listWorksheetTexts(exercise: Exercise): string[] {
  return exercise.worksheet.blocks.flatMap((block) => {
    const own = [block.label, ...(block.hint === undefined ? [] : [block.hint])]
    switch (block.kind) {
      case 'table':
        return [...own, ...block.columns, ...(block.rowLabels ?? [])]
      case 'partnerGrid':
        return [...own, ...block.fields]
      case 'checkboxes':
        return [...own, ...block.items]
      case 'networkMap':
        return [...own, block.centre, ...block.sectors]
      default:
        return own
    }
  })
}
