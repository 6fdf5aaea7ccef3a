import type { FieldProblem } from '@common/domain/workshop/edit/validation'

/** Every problem that stops a save, by where it is, so none hides in a closed section. */
export function ProblemList({ problems }: { problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null
  return (
    <section className="ed-problems" aria-labelledby="ed-problems-title">
      <h2 id="ed-problems-title">Problems to fix before saving</h2>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>
            <code>{problem.path === '' ? 'workshop' : problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
