import type { z } from 'zod'
import type { MessageId } from '../i18n/message-id'
import type { Translator } from '../i18n/translator'
import { formatIssues, formatIssuePath, startOf } from './validation-message'

type Issue = z.core.$ZodIssue

/**
 * What wording issues takes of a translator: Node's `translatorFor` has it, and so has a window's
 * `useIntl()`, whose rich-text options differ from Node's.
 */
export type IssueTranslator = Pick<Translator, 'locale' | 'formatMessage' | 'formatList'>

/** The longest key or value a line quotes whole. */
const MAX_QUOTED = 40
/** The most unknown keys one line names. */
const MAX_KEYS = 3

function quote(t: IssueTranslator, text: string): string {
  const shown = text.length <= MAX_QUOTED ? text : `${startOf(text, MAX_QUOTED)}…`
  return t.formatMessage({ id: 'errors.validation.quoted' }, { text: shown })
}

function valueText(t: IssueTranslator, value: unknown): string {
  return typeof value === 'string' ? quote(t, value) : String(value)
}

/** Strings and arrays are measured in characters and items; anything else by its value. */
function sizeId(
  origin: string,
  [text, list, other]: readonly [MessageId, MessageId, MessageId],
): MessageId {
  if (origin === 'string') return text
  if (origin === 'array' || origin === 'set') return list
  return other
}

function describeIssue(t: IssueTranslator, issue: Issue, field: string): string {
  const say = (id: MessageId, values: Record<string, string | number> = {}) =>
    t.formatMessage({ id }, { field, ...values })
  // The schema was parsed with `reportInput`, so an absent field shows as an undefined input.
  if ('input' in issue && issue.input === undefined) return say('errors.validation.missing')
  switch (issue.code) {
    case 'invalid_type':
      return say('errors.validation.wrongType', { expected: issue.expected })
    case 'invalid_value':
      return say('errors.validation.notAllowed', {
        values: t.formatList(
          issue.values.map((value) => valueText(t, value)),
          { type: 'disjunction' },
        ),
      })
    case 'too_small':
      return say(
        sizeId(issue.origin, [
          'errors.validation.tooShort',
          'errors.validation.tooFew',
          'errors.validation.tooSmall',
        ]),
        { minimum: Number(issue.minimum), inclusive: issue.inclusive === false ? 'no' : 'yes' },
      )
    case 'too_big':
      return say(
        sizeId(issue.origin, [
          'errors.validation.tooLong',
          'errors.validation.tooMany',
          'errors.validation.tooBig',
        ]),
        { maximum: Number(issue.maximum), inclusive: issue.inclusive === false ? 'no' : 'yes' },
      )
    case 'unrecognized_keys': {
      const named = issue.keys.slice(0, MAX_KEYS).map((key) => quote(t, key))
      const more = issue.keys.length - named.length
      if (more > 0)
        named.push(t.formatMessage({ id: 'errors.validation.moreKeys' }, { count: more }))
      return say('errors.validation.unknownFields', {
        count: issue.keys.length,
        keys: t.formatList(named, { type: 'conjunction' }),
      })
    }
    case 'invalid_format':
      return say('errors.validation.badFormat')
    default:
      return say('errors.validation.invalid')
  }
}

/**
 * Validation issues as lines in the language of `t`, one per issue, naming the field first
 * (`notes[2].text: darf nicht leer sein`). The schemas' own messages are English and written for
 * their fields, so English keeps them (as {@link formatIssues} says them); other languages
 * say each issue by its kind from the catalogue: a field missing, of the wrong type, not one of
 * the allowed values, too short or too long, unknown; anything else as not valid.
 */
export function describeIssuesIn(t: IssueTranslator, issues: readonly Issue[], limit = 5): string {
  if (t.locale === 'en') return formatIssues(issues, limit)
  const lines = issues.slice(0, limit).map((issue) => {
    const where = formatIssuePath(issue.path)
    const field = where === '' ? t.formatMessage({ id: 'errors.validation.topLevel' }) : where
    return describeIssue(t, issue, field)
  })
  const more = issues.length - lines.length
  if (more > 0) lines.push(t.formatMessage({ id: 'errors.validation.moreIssues' }, { count: more }))
  return lines.join('\n')
}
