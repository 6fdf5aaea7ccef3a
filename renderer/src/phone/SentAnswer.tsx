import { useEffect, useRef } from 'react'
import type { IntlShape } from 'react-intl'
import { DROPPED, NOT_CONNECTED } from './useLiveChannel'

/** What a phone heard back about what it sent. */
export interface Answer {
  ok: boolean
  text: string
}

/**
 * Why a send failed, in words: the server's, or the page's own when the connection dropped or
 * there was none.
 */
export function describeSendProblem(intl: IntlShape, problem: string): string {
  if (problem === DROPPED) return intl.formatMessage({ id: 'phone.send.dropped' })
  if (problem === NOT_CONNECTED) return intl.formatMessage({ id: 'phone.send.notConnected' })
  return problem
}

/**
 * The answer to the last thing sent from a form, announced to screen readers. It comes just
 * under the button that sent it, and is brought into view: on a small phone the button sits at
 * the bottom of the screen, and an answer below the fold reads as no answer at all.
 */
export function SentAnswer({ answer }: { answer: Answer | null }) {
  const line = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    line.current?.scrollIntoView({ block: 'nearest' })
  }, [answer])
  if (answer === null) return null
  return (
    <p
      ref={line}
      className={answer.ok ? 'phone-notice' : 'phone-notice notice-error'}
      role="status"
    >
      {answer.text}
    </p>
  )
}
