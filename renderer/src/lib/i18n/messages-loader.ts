import { createContext } from 'react'
import type { CompiledMessages } from '@common/i18n/compile-messages'
import type { MessageLanguage } from '@common/i18n/locales'
import { bridge } from '../bridge'

/** Fetches one language's messages, parsed; each window type has its own way (see below). */
export type LoadMessages = (language: MessageLanguage) => Promise<CompiledMessages>

/**
 * The app's windows ask the main process for a language's messages. A failed answer (which the
 * main process never gives for a language it lists) shows the English wording rather than ids.
 */
export const loadMessagesFromApp: LoadMessages = async (language) => {
  const answer = await bridge.getMessages({ language })
  if (answer.ok) return answer.value
  console.error(`The ${language} messages could not be read: ${answer.message}`)
  return language === 'en' ? {} : loadMessagesFromApp('en')
}

/**
 * How the windows below fetch messages: from the main process in the app's windows, from the
 * room's network on the phone pages (which share the room's components).
 */
export const MessagesLoaderContext = createContext<LoadMessages>(loadMessagesFromApp)
