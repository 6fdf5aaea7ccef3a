import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { catalogueSources } from './catalogue-sources'
import { pseudoLanguage, type MessageLanguage } from './locales'
import type { MessageId } from './message-id'
import { pseudoMessage } from './pseudo-language'

/** A catalogue ready to format: each message parsed once, so a window needs no ICU parser. */
export type CompiledMessages = Partial<Record<MessageId, MessageFormatElement[]>>

const cache = new Map<string, CompiledMessages>()

/**
 * The messages of `language`, parsed, for the ids that start with one of `prefixes` (all of
 * them when none are given): the phone pages take only their own. The test language is English
 * stretched (see `pseudoMessage`).
 */
export function compileMessages(
  language: MessageLanguage,
  prefixes: readonly string[] = [],
): CompiledMessages {
  const key = `${language}|${prefixes.join(',')}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  const source = catalogueSources[language === pseudoLanguage ? 'en' : language]
  const compiled: CompiledMessages = {}
  for (const [id, message] of Object.entries(source) as [MessageId, string][]) {
    if (prefixes.length > 0 && !prefixes.some((prefix) => id.startsWith(prefix))) continue
    const elements = parse(message)
    compiled[id] = language === pseudoLanguage ? pseudoMessage(elements) : elements
  }
  cache.set(key, compiled)
  return compiled
}
