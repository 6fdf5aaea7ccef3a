import { useContext, useEffect, useState } from 'react'
import type { CompiledMessages } from '@common/i18n/compile-messages'
import type { MessageLanguage } from '@common/i18n/locales'
import { MessagesLoaderContext, type LoadMessages } from './messages-loader'

interface Loaded {
  pending: Map<MessageLanguage, Promise<CompiledMessages>>
  ready: Map<MessageLanguage, CompiledMessages>
}

// One fetch per language for the life of the page, shared by every provider that asks.
const loadedBy = new WeakMap<LoadMessages, Loaded>()

function loadedFor(load: LoadMessages): Loaded {
  const known = loadedBy.get(load)
  if (known !== undefined) return known
  const fresh: Loaded = { pending: new Map(), ready: new Map() }
  loadedBy.set(load, fresh)
  return fresh
}

/** Starts fetching a language's messages, unless they are on their way or here. */
export function preloadMessages(load: LoadMessages, language: MessageLanguage): void {
  const loaded = loadedFor(load)
  if (loaded.pending.has(language)) return
  loaded.pending.set(
    language,
    load(language).then((messages) => {
      loaded.ready.set(language, messages)
      return messages
    }),
  )
}

/** Resolves when the messages of `language`, asked for with {@link preloadMessages}, are here. */
export function messagesOnTheirWay(
  load: LoadMessages,
  language: MessageLanguage,
): Promise<unknown> {
  return loadedFor(load).pending.get(language) ?? Promise.resolve()
}

/**
 * The messages of `language` once fetched (at once when an earlier window part fetched them), and
 * the language they are in. While another language is on its way, the last one stays, so a change
 * of language never blanks the screen.
 */
export function useMessages(
  language: MessageLanguage | null,
): { language: MessageLanguage; messages: CompiledMessages } | null {
  const load = useContext(MessagesLoaderContext)
  const loaded = loadedFor(load)
  const ready = language === null ? undefined : loaded.ready.get(language)
  const [shown, setShown] = useState(
    language !== null && ready !== undefined ? { language, messages: ready } : null,
  )
  useEffect(() => {
    if (language === null) return
    let current = true
    preloadMessages(load, language)
    void loaded.pending.get(language)?.then((messages) => {
      if (current) setShown({ language, messages })
    })
    return () => {
      current = false
    }
  }, [language, load, loaded])
  if (language !== null && ready !== undefined && shown?.language !== language)
    return { language, messages: ready }
  return shown
}
