import { useCallback, useMemo, useState } from 'react'
import type { Workshop } from '@common/domain/workshop/schema'
import {
  canRedo,
  canUndo,
  commit,
  redo,
  resetHistory,
  seal,
  startHistory,
  undo,
} from '@common/domain/workshop/edit/history'
import { applyEdit, type EditOperation } from '@common/domain/workshop/edit/operations'

/** The workshop being edited, with its undo history. */
export function useEditorHistory(initial: Workshop) {
  const [history, setHistory] = useState(() => startHistory(initial))
  const edit = useCallback((op: EditOperation, coalesceKey?: string) => {
    setHistory((h) => commit(h, applyEdit(h.present, op), coalesceKey ?? null))
  }, [])
  const sealStep = useCallback(() => setHistory((h) => seal(h)), [])
  const actions = useMemo(
    () => ({
      undo: () => setHistory((h) => undo(h)),
      redo: () => setHistory((h) => redo(h)),
      reset: (workshop: Workshop) => setHistory(resetHistory(workshop)),
    }),
    [],
  )
  return {
    workshop: history.present,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    edit,
    sealStep,
    ...actions,
  }
}
