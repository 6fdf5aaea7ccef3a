import type { z } from 'zod'

type Issue = z.core.$ZodIssue

/** The longest key or value a message quotes whole. */
const MAX_QUOTED = 40
/** The longest key a field path names whole: a picture's name in the store (68) fits. */
const MAX_PATH_KEY = 80
/** The longest line one issue makes, whatever its schema's message quotes. */
const MAX_LINE = 300
/** The most unknown keys one line names. */
const MAX_KEYS = 3

/** The first `max` characters of a text, never splitting a character made of two code units. */
export function startOf(text: string, max: number): string {
  return Array.from(text.slice(0, max + 1))
    .slice(0, max)
    .join('')
}

/**
 * A key or value as a message quotes it: whole when short; otherwise its start, marked as cut,
 * and its length, so a file with a megabyte-long key gets a one-line message, not a megabyte.
 */
export function quoteExcerpt(text: string): string {
  if (text.length <= MAX_QUOTED) return JSON.stringify(text)
  return `${JSON.stringify(`${startOf(text, MAX_QUOTED)}…`)} (${String(text.length)} characters)`
}

function shortKey(name: string): string {
  return name.length <= MAX_PATH_KEY ? name : `${startOf(name, MAX_PATH_KEY)}…`
}

/** Renders a zod issue path the way a person reads JSON: `exercises[3].phases[0].minutes`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${String(key)}]`
    const name = shortKey(String(key))
    return text === '' ? name : `${text}.${name}`
  }, '')
}

function describeIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    const named = issue.keys.slice(0, MAX_KEYS).map(quoteExcerpt).join(', ')
    const more = issue.keys.length - MAX_KEYS
    const tail = more > 0 ? ` and ${String(more)} more` : ''
    return `unrecognized ${issue.keys.length === 1 ? 'key' : 'keys'}: ${named}${tail}`
  }
  // zod's own wording starts with a category ("Invalid input: expected …"); people only need the
  // expectation. Our schemas' messages have no such prefix and pass through unchanged.
  const core = issue.message.replace(/^(Invalid|Too|Unrecognized)[^:]*: /, '')
  const line = core.charAt(0).toLowerCase() + core.slice(1)
  // A message that quotes a value whole (zod's do for some) must not grow with the value.
  return line.length <= MAX_LINE ? line : `${startOf(line, MAX_LINE)}…`
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
