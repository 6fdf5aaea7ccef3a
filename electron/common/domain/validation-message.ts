import type { z } from 'zod'

type Issue = z.core.$ZodIssue

/** Renders a zod issue path the way a person reads JSON: `exercises[3].phases[0].minutes`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${String(key)}]`
    const name = String(key)
    return text === '' ? name : `${text}.${name}`
  }, '')
}

function describeIssue(issue: Issue): string {
  // zod's own wording starts with a category ("Invalid input: expected …"); people only need the
  // expectation. Our schemas' messages have no such prefix and pass through unchanged.
  const core = issue.message.replace(/^(Invalid|Too|Unrecognized)[^:]*: /, '')
  return core.charAt(0).toLowerCase() + core.slice(1)
}

/**
 * Turns validation issues into one line each, naming the field first:
 * `exercises[3].phases[0].minutes: expected a positive number`.
 */
export function formatIssues(issues: readonly Issue[], limit = 5): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const where = formatIssuePath(issue.path)
    return `${where === '' ? '(top level)' : where}: ${describeIssue(issue)}`
  })
  const more = issues.length - lines.length
  if (more > 0) lines.push(`…and ${String(more)} more`)
  return lines.join('\n')
}
