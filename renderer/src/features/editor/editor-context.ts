import { createContext, useContext } from 'react'
import type { FieldProblem } from '@common/domain/workshop/edit/validation'
import type { EditOperation } from '@common/domain/workshop/edit/operations'

/** What every field of the editor needs: a way to make an edit, and the problems to show. */
export interface EditorContextValue {
  /** Makes an edit; edits with the same `coalesceKey` in a row undo as one step. */
  edit: (op: EditOperation, coalesceKey?: string) => void
  /** Ends the open undo step (on leaving a field), so the next edit is a step of its own. */
  sealStep: () => void
  problems: readonly FieldProblem[]
}

export const EditorContext = createContext<EditorContextValue | null>(null)

/** The editor's context; fields use it to edit and to find their problems. */
export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext)
  if (value === null) throw new Error('useEditor needs an EditorContext provider')
  return value
}
