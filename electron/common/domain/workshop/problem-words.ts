import { formatRef } from '../../i18n/message-ref'
import type { Translator } from '../../i18n/translator'
import { describeIssuesIn } from '../validation-words'
import type { WorkshopProblem } from './parse'

/**
 * What is wrong with a workshop file, in the language of `t`: one sentence about the whole file
 * ("This file is not valid JSON: line 3, column 7 (…)"), or one line per bad field, naming the
 * field first (`exercises[3].phases[0].minutes: …`). English keeps the file format's own words.
 */
export function describeWorkshopProblem(t: Translator, problem: WorkshopProblem): string {
  return problem.kind === 'issues'
    ? describeIssuesIn(t, problem.issues)
    : formatRef(t, problem.message)
}

/** True for a sentence about the file as a whole, false for the lines naming its fields. */
export function isWholeFileProblem(problem: WorkshopProblem): boolean {
  return problem.kind === 'wholeFile'
}
