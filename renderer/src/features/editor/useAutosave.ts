import { useCallback, useEffect, useRef, useState } from 'react'
import type { WorkshopRef } from '@common/api/contract'
import type { Workshop } from '@common/domain/workshop/schema'
import { validateEdited } from '@common/domain/workshop/edit/validation'
import { bridge } from '../../lib/bridge'

/** Where the edited workshop stands against its file. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; count: number }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' }

/** How long typing may pause before the workshop is saved. */
export const AUTOSAVE_DELAY_MS = 600

type Request =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'conflict' }

/**
 * Saves the edited workshop a moment after each change, only when it is valid, against the
 * revision last read or written, so a file changed elsewhere is never silently overwritten.
 */
export function useAutosave(ref: WorkshopRef, workshop: Workshop, initialRevision: string) {
  const [saved, setSaved] = useState(workshop)
  const [request, setRequest] = useState<Request>({ kind: 'idle' })
  const revision = useRef(initialRevision)
  const latest = useRef(workshop)
  const busy = useRef(false)

  const save = useCallback(
    async (overwrite: boolean): Promise<boolean> => {
      const target = latest.current
      const validation = validateEdited(target)
      if (!validation.valid || busy.current) return false
      busy.current = true
      setRequest({ kind: 'saving' })
      const result = await bridge.saveWorkshop({
        ref,
        workshop: validation.workshop,
        baseRevision: revision.current,
        overwrite,
      })
      busy.current = false
      if (result.ok) {
        revision.current = result.value.revision
        setSaved(target)
        setRequest({ kind: 'idle' })
        return true
      }
      setRequest(
        result.code === 'conflict'
          ? { kind: 'conflict' }
          : { kind: 'error', message: result.message },
      )
      return false
    },
    [ref],
  )

  const valid = validateEdited(workshop)
  const waiting = workshop !== saved && valid.valid && request.kind !== 'conflict'
  useEffect(() => {
    latest.current = workshop
    if (!waiting || request.kind === 'saving') return undefined
    // Changes made while a save was on its way get a save of their own once it lands.
    const timer = window.setTimeout(() => void save(false), AUTOSAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [workshop, waiting, request.kind, save])

  const state: SaveState =
    request.kind === 'conflict' || request.kind === 'saving'
      ? request
      : workshop === saved
        ? { kind: 'saved' }
        : !valid.valid
          ? { kind: 'invalid', count: valid.problems.length }
          : request.kind === 'error'
            ? request
            : { kind: 'pending' }

  /** Saves now when there are unsaved valid changes; true when nothing is left unsaved. */
  const flush = useCallback(async () => {
    if (latest.current === saved) return true
    if (request.kind === 'conflict') return false
    return save(false)
  }, [save, saved, request.kind])

  /** Takes a version read from disk as the saved one (after "reload"). */
  const adopt = useCallback((reloaded: Workshop, reloadedRevision: string) => {
    revision.current = reloadedRevision
    latest.current = reloaded
    setSaved(reloaded)
    setRequest({ kind: 'idle' })
  }, [])

  return {
    state,
    retry: () => void save(false),
    overwrite: () => void save(true),
    flush,
    adopt,
  }
}
