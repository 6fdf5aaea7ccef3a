import { useEffect, useMemo, useState } from 'react'
import type { MessageLanguage } from '@common/i18n/locales'
import type { LoadMessages } from '../lib/i18n/messages-loader'
import { phoneMessagesLoader, type PhoneMessages } from './phone-messages'

/**
 * The phone page's language and how to load its messages, once the first words arrived (null
 * before): the workshop's language as the server answered, then as the session says it when the
 * facilitator opens a workshop in another language.
 */
export function usePhoneLanguage(
  first: Promise<PhoneMessages>,
  sessionLanguage: MessageLanguage | null,
): { language: MessageLanguage; load: LoadMessages } | null {
  const [answer, setAnswer] = useState<PhoneMessages | null>(null)
  useEffect(() => {
    let current = true
    first.then(
      (messages) => {
        if (current) setAnswer(messages)
      },
      (error: unknown) => {
        // Without its words the page shows message ids rather than nothing; the console says why.
        console.error(error)
        if (current) setAnswer({ language: 'en', messages: {} })
      },
    )
    return () => {
      current = false
    }
  }, [first])
  const load = useMemo(() => (answer === null ? null : phoneMessagesLoader(answer)), [answer])
  if (answer === null || load === null) return null
  return { language: sessionLanguage ?? answer.language, load }
}
