import type { Workshop } from '@common/domain/workshop/schema'
import { describeProblemPlace } from '@common/domain/workshop/edit/problem-place'
import type { FieldProblem } from '@common/domain/workshop/edit/validation'

interface ProblemListProps {
  workshop: Workshop
  problems: readonly FieldProblem[]
  /** Opens the item (or, with null, the workshop details) where a problem is. */
  onGoTo: (itemIndex: number | null) => void
}

/** Every problem that stops a save, by where it is, so none hides in a closed section. */
export function ProblemList({ workshop, problems, onGoTo }: ProblemListProps) {
  if (problems.length === 0) return null
  return (
    <section className="ed-problems" aria-labelledby="ed-problems-title">
      <h2 id="ed-problems-title">Problems to fix before saving</h2>
      <ul>
        {problems.map((problem, i) => {
          const place = describeProblemPlace(workshop, problem.path)
          return (
            <li key={i}>
              <button
                type="button"
                className="button-quiet"
                onClick={() => onGoTo(place.itemIndex)}
              >
                {place.words}
              </button>
              : {problem.message}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
