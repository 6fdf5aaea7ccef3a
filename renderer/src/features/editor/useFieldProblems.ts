import { useId } from 'react'
import { problemsAt } from '@common/domain/workshop/edit/validation'
import { useEditor } from './editor-context'

/**
 * The ids and ARIA attributes a field needs to name its problems, and, for a field the room
 * shows (`onRoom`), the id of its room mark, read out with the field.
 */
export function useFieldProblems(path: string, onRoom = false, hintId?: string) {
  const { problems } = useEditor()
  const id = useId()
  const messages = problemsAt(problems, path)
  const errorId = `${id}-error`
  const roomMarkId = `${id}-room`
  const invalid = messages.length > 0
  const describedBy = [onRoom ? roomMarkId : '', hintId ?? '', invalid ? errorId : '']
    .filter((part) => part !== '')
    .join(' ')
  return {
    id,
    errorId,
    roomMarkId,
    messages,
    aria: {
      'aria-invalid': invalid,
      ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
    },
  }
}
