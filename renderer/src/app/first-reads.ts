import { firstListing } from '../features/library/useLibrary'
import { firstRoomView } from '../features/room/useRoomView'
import { firstRun } from '../features/run/useRun'
import { readView } from './window-view'
import { loadMessagesFromApp } from '../lib/i18n/messages-loader'
import { appLanguageOf, firstPreferences } from '../lib/i18n/useAppLanguage'
import { preloadMessages, messagesOnTheirWay } from '../lib/i18n/useMessages'
import { warmUpIntl } from '../lib/i18n/warm-up-intl'

/**
 * Asks for what this window's first screen shows, before React starts. Resolves once all of it
 * is here (the language's words included), so that React's first render draws the whole first
 * screen rather than an empty one, then a loading one, then the screen.
 */
export function startFirstReads(): Promise<void> {
  const run = firstRun.start()
  // Nothing is drawn before the app's language is here: ask for it with the first data.
  const words = firstPreferences.start().then((answer) => {
    if (!answer.ok) return undefined
    const language = appLanguageOf(answer.value)
    preloadMessages(loadMessagesFromApp, language)
    // While the words and the first screen's data are on their way.
    warmUpIntl(language)
    return messagesOnTheirWay(loadMessagesFromApp, language)
  })
  const screen = readView() === 'console' ? firstListing.start() : firstRoomView.start()
  return Promise.all([run, words, screen]).then(
    () => undefined,
    () => undefined,
  )
}
