import { useState } from 'react'
import type { GroupingRules, Person } from '@common/domain/grouping/grouping-schema'
import { addPair, removePair, type PairList } from '@common/domain/grouping/rule-edits'

const headings: Record<PairList, { legend: string; add: string; none: string }> = {
  apart: { legend: 'Keep apart', add: 'Keep apart', none: 'Nobody is kept apart.' },
  together: { legend: 'Keep together', add: 'Keep together', none: 'Nobody is kept together.' },
}

/** One list of pairs the groups must respect (apart or together), with a way to add and remove. */
export function PairRuleList({
  list,
  rules,
  people,
  onRules,
}: {
  list: PairList
  rules: GroupingRules
  people: readonly Person[]
  onRules: (rules: GroupingRules) => void
}) {
  const [first, setFirst] = useState(people[0]?.id ?? '')
  const [second, setSecond] = useState(people[1]?.id ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const words = headings[list]
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? id
  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </select>
  )
  return (
    <fieldset className="grouping-rule-list">
      <legend>{words.legend}</legend>
      {rules[list].length === 0 ? (
        <p className="pairs-hint">{words.none}</p>
      ) : (
        <ul aria-label={words.legend}>
          {rules[list].map(([x, y], index) => (
            <li key={`${x}-${y}`}>
              {nameOf(x)} and {nameOf(y)}{' '}
              <button
                type="button"
                className="button-quiet"
                aria-label={`Stop keeping ${nameOf(x)} and ${nameOf(y)} ${list}`}
                onClick={() => onRules(removePair(rules, list, index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pairs-inline">
        {picker(`${words.legend}: first person`, first, setFirst)}
        and
        {picker(`${words.legend}: second person`, second, setSecond)}
        <button
          type="button"
          onClick={() => {
            const added = addPair(rules, people, list, first, second)
            setProblem(added.ok ? null : added.message)
            if (added.ok) onRules(added.rules)
          }}
        >
          {words.add}
        </button>
      </div>
      {problem !== null && (
        <p className="pairs-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  )
}
