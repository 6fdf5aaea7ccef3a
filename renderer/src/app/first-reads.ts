import { firstListing } from '../features/library/useLibrary'
import { firstRoomView } from '../features/room/useRoomView'
import { firstRun } from '../features/run/useRun'
import { readView } from './useViewFromHash'
import { bridge } from '../lib/bridge'
import { loadMessagesFromApp } from '../lib/i18n/messages-loader'
import { appLanguageOf } from '../lib/i18n/useAppLanguage'
import { preloadMessages } from '../lib/i18n/useMessages'
import { warmUpIntl } from '../lib/i18n/warm-up-intl'

/** Asks for what this window's first screen shows, before React starts. */
export function startFirstReads(): void {
  firstRun.start()
  // Nothing is drawn before the app's language is here: ask for it with the first data.
  void bridge.getPreferences({}).then((answer) => {
    if (!answer.ok) return
    const language = appLanguageOf(answer.value)
    preloadMessages(loadMessagesFromApp, language)
    // While the words and the first screen's data are on their way.
    warmUpIntl(language)
  })
  if (readView() === 'console') firstListing.start()
  else firstRoomView.start()
}
