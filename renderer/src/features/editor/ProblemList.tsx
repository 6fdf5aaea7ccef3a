import { FormattedMessage, useIntl } from 'react-intl'
import type { Workshop } from '@common/domain/workshop/schema'
import { describeProblemPlace } from '@common/domain/workshop/edit/problem-place'
import type { FieldProblem } from '@common/domain/workshop/edit/validation'
import { sayProblemPlace } from './problem-place-words'

interface ProblemListProps {
  workshop: Workshop
  problems: readonly FieldProblem[]
  /** Opens the item (or, with null, the workshop details) where a problem is. */
  onGoTo: (itemIndex: number | null) => void
}

/** Every problem that stops a save, by where it is, so none hides in a closed section. */
export function ProblemList({ workshop, problems, onGoTo }: ProblemListProps) {
  const intl = useIntl()
  if (problems.length === 0) return null
  return (
    <section className="ed-problems" aria-labelledby="ed-problems-title">
      <h2 id="ed-problems-title">
        <FormattedMessage id="editor.problems.title" />
      </h2>
      <ul>
        {problems.map((problem, i) => {
          const place = describeProblemPlace(workshop, problem.path)
          return (
            <li key={i}>
              <FormattedMessage
                id="editor.problems.line"
                values={{
                  place: (
                    <button
                      type="button"
                      className="button-quiet"
                      onClick={() => onGoTo(place.itemIndex)}
                    >
                      {sayProblemPlace(intl, place)}
                    </button>
                  ),
                  // What the file format asks for is said in its own (English) words.
                  message: problem.message,
                }}
              />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
