import { formatIssuePath, formatIssues } from '../../validation-message'
import { workshopSchema, type Workshop } from '../schema'

/** One problem with an edited workshop: where (as `exercises[3].phases[0].minutes`) and what. */
export interface FieldProblem {
  path: string
  message: string
}

/** What validating an edited workshop found; `workshop` is the parsed result when valid. */
export type EditValidation =
  { valid: true; workshop: Workshop; problems: [] } | { valid: false; problems: FieldProblem[] }

/** Validates an edited workshop with the same schema the files are read with. */
export function validateEdited(workshop: Workshop): EditValidation {
  const result = workshopSchema.safeParse(workshop)
  if (result.success) return { valid: true, workshop: result.data, problems: [] }
  const problems = result.error.issues.map((issue) => {
    const path = formatIssuePath(issue.path)
    const line = formatIssues([issue])
    const prefix = `${path === '' ? '(top level)' : path}: `
    return { path, message: line.startsWith(prefix) ? line.slice(prefix.length) : line }
  })
  return { valid: false, problems }
}

/**
 * The messages a field shows: problems at its path or inside it (a list field shows the problems
 * of its lines, `prompts[1]`, too).
 */
export function problemsAt(problems: readonly FieldProblem[], fieldPath: string): string[] {
  return problems
    .filter(
      (problem) =>
        problem.path === fieldPath ||
        problem.path.startsWith(`${fieldPath}[`) ||
        problem.path.startsWith(`${fieldPath}.`),
    )
    .map((problem) => problem.message)
}

/** Joins the parts of a field path the way problems name it. */
export function fieldPath(...parts: (string | number)[]): string {
  return formatIssuePath(parts)
}
