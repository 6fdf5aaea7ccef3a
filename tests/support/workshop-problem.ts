import type { WorkshopProblem } from '@common/domain/workshop/parse'
import { describeWorkshopProblem } from '@common/domain/workshop/problem-words'
import { translatorFor } from '@common/i18n/translator'

/** What is wrong with a workshop file, in the English the log and the command line read. */
export function problemInEnglish(problem: WorkshopProblem): string {
  return describeWorkshopProblem(translatorFor('en'), problem)
}
