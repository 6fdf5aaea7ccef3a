import { useId } from 'react'
import { problemsAt } from '@common/domain/workshop/edit/validation'
import { useEditor } from './editor-context'

/** The ids and ARIA attributes a field needs to name its problems. */
export function useFieldProblems(path: string) {
  const { problems } = useEditor()
  const id = useId()
  const messages = problemsAt(problems, path)
  const errorId = `${id}-error`
  const invalid = messages.length > 0
  return {
    id,
    errorId,
    messages,
    aria: {
      'aria-invalid': invalid,
      ...(invalid ? { 'aria-describedby': errorId } : {}),
    },
  }
}
