import { useCallback, useEffect, useRef, useState } from 'react'
import { useIntl } from 'react-intl'
import { fail, type Result } from '@common/api/result'
import type { MessageFormatter } from '@common/i18n/message-ref'
import type { NoticeMessage } from '../components/Notice'
import { useLatestOnly } from './useLatestOnly'

/** Makes one bridge call; resolves true when it succeeded, after `done` has used its value. */
export type BridgeCall = <T>(
  request: Promise<Result<T>>,
  done?: (value: T) => void,
) => Promise<boolean>

export interface CallNotice {
  /** What the last call said went wrong (or an info line), for the `Notice` where it was asked. */
  notice: NoticeMessage | null
  dismiss: () => void
  /** Says something went well (a file written) in the same place. */
  tell: (text: string) => void
  /** Says something is wrong that no call answered (edits not saved yet) in the same place. */
  warn: (text: string) => void
  call: BridgeCall
  /**
   * As `call`, for answers that decide what the screen shows next (opening a workshop): only the
   * latest such call is answered; an earlier one's answer, arriving late, is dropped whole.
   */
  callLatest: BridgeCall
}

/**
 * What to say, in the window's language, when the main process did not answer at all (a bug,
 * never an expected failure). The error's own words follow: they are for whoever fixes it.
 */
export function describeNoAnswer(intl: MessageFormatter, error: unknown): string {
  return intl.formatMessage(
    { id: 'console.noAnswer' },
    { reason: error instanceof Error ? error.message : String(error) },
  )
}

// A call that throws instead of answering is a bug in the main process; it is still told here.
function settled<T>(intl: MessageFormatter, request: Promise<Result<T>>): Promise<Result<T>> {
  return request.catch((error: unknown) => fail('io-error', describeNoAnswer(intl, error)))
}

/**
 * The one way a hook reports its calls: a failure becomes the place's notice, a success clears
 * it, and a closed save or open dialog is a choice rather than a failure. Answers that arrive
 * after the place has left the screen are dropped.
 */
export function useCallNotice(): CallNotice {
  const intl = useIntl()
  const [notice, setNotice] = useState<NoticeMessage | null>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const use = useCallback(<T>(result: Result<T>, done?: (value: T) => void) => {
    if (!mounted.current) return result.ok
    if (result.ok) {
      setNotice(null)
      done?.(result.value)
    } else if (result.code !== 'cancelled') setNotice({ tone: 'error', text: result.message })
    return result.ok
  }, [])
  const call: BridgeCall = useCallback(
    async (request, done) => use(await settled(intl, request), done),
    [intl, use],
  )
  const latestOnly = useLatestOnly()
  const callLatest: BridgeCall = useCallback(
    (request, done) =>
      new Promise((resolve) => {
        latestOnly(settled(intl, request), (result) => resolve(use(result, done)))
      }),
    [intl, latestOnly, use],
  )
  const dismiss = useCallback(() => setNotice(null), [])
  const tell = useCallback((text: string) => setNotice({ tone: 'info', text }), [])
  const warn = useCallback((text: string) => setNotice({ tone: 'error', text }), [])
  return { notice, dismiss, tell, warn, call, callLatest }
}
