import { useCallback, useEffect, useRef, useState } from 'react'
import { useIntl } from 'react-intl'
import type { RunChange, RunCommand, RunSnapshot, Workshop } from '@common/api/contract'
import { bridge } from '../../lib/bridge'
import { EarlyRead } from '../../lib/early-read'
import { describeNoAnswer } from '../../lib/useCallNotice'

/** The run as both windows first show it; started by the app before React renders. */
export const firstRun = new EarlyRead(
  () => bridge.getRun({}),
  (changed) => bridge.on('runChanged', changed),
)

export interface RunHandle {
  snapshot: RunSnapshot | null
  /** Asks the main process to change the run; a refusal lands in `refused`. */
  send: (command: RunCommand) => void
  /** Why the last command was not carried out, until the next one is or the facilitator dismisses it. */
  refused: string | null
  dismissRefused: () => void
}

/** The session as the main process holds it, kept current in this window. */
export function useRun(): RunHandle {
  const intl = useIntl()
  // Drawn at once when the early read is already here (the windows wait for it to start).
  const [snapshot, setSnapshot] = useState<RunSnapshot | null>(() => {
    const early = firstRun.peek()
    return early?.ok === true ? early.value : null
  })
  const [refused, setRefused] = useState<string | null>(null)
  // Changes carry the workshop only when it changed; the last one received fills the gaps.
  const workshop = useRef<Workshop | null>(snapshot?.state?.workshop ?? null)

  useEffect(() => {
    const reload = (read: () => ReturnType<typeof bridge.getRun>) => {
      void read().then((result) => {
        if (!result.ok) return
        workshop.current = result.value.state?.workshop ?? null
        setSnapshot(result.value)
      })
    }
    const stop = bridge.on('runChanged', (change: RunChange) => {
      if (change.workshop !== null) workshop.current = change.workshop
      if (change.state === null) {
        setSnapshot({ state: null, needsResumeConfirmation: change.needsResumeConfirmation })
        return
      }
      if (workshop.current === null) {
        reload(() => bridge.getRun({}))
        return
      }
      setSnapshot({
        state: { ...change.state, workshop: workshop.current },
        needsResumeConfirmation: change.needsResumeConfirmation,
      })
    })
    reload(() => firstRun.take())
    return stop
  }, [])

  // A facilitator who presses Next must know at once when the clock did not move.
  const send = useCallback(
    (command: RunCommand) => {
      bridge.runCommand({ command }).then(
        (result) => setRefused(result.ok ? null : result.message),
        (error: unknown) => setRefused(describeNoAnswer(intl, error)),
      )
    },
    [intl],
  )
  const dismissRefused = useCallback(() => setRefused(null), [])
  return { snapshot, send, refused, dismissRefused }
}
