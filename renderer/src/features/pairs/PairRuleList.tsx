import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { GroupingRules, Person } from '@common/domain/grouping/grouping-schema'
import type { MessageId } from '@common/i18n/message-id'
import { formatRef, type MessageRef } from '@common/i18n/message-ref'
import { addPair, removePair, type PairList } from '@common/domain/grouping/rule-edits'

const headings: Record<PairList, { legend: MessageId; none: MessageId; stop: MessageId }> = {
  apart: {
    legend: 'console.pairs.rules.apart',
    none: 'console.pairs.rules.noneApart',
    stop: 'console.pairs.rules.stopApart',
  },
  together: {
    legend: 'console.pairs.rules.together',
    none: 'console.pairs.rules.noneTogether',
    stop: 'console.pairs.rules.stopTogether',
  },
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
  const intl = useIntl()
  const [first, setFirst] = useState(people[0]?.id ?? '')
  const [second, setSecond] = useState(people[1]?.id ?? '')
  const [problem, setProblem] = useState<MessageRef | null>(null)
  const words = headings[list]
  const legend = intl.formatMessage({ id: words.legend })
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
      <legend>{legend}</legend>
      {rules[list].length === 0 ? (
        <p className="pairs-hint">
          <FormattedMessage id={words.none} />
        </p>
      ) : (
        <ul aria-label={legend}>
          {rules[list].map(([x, y], index) => (
            <li key={`${x}-${y}`}>
              {intl.formatList([nameOf(x), nameOf(y)], { type: 'conjunction' })}{' '}
              <button
                type="button"
                className="button-quiet"
                aria-label={intl.formatMessage(
                  { id: words.stop },
                  { first: nameOf(x), second: nameOf(y) },
                )}
                onClick={() => onRules(removePair(rules, list, index))}
              >
                <FormattedMessage id="console.pairs.rules.remove" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pairs-inline">
        {picker(
          intl.formatMessage({ id: 'console.pairs.rules.firstPerson' }, { rule: legend }),
          first,
          setFirst,
        )}
        <FormattedMessage id="console.pairs.rules.and" />
        {picker(
          intl.formatMessage({ id: 'console.pairs.rules.secondPerson' }, { rule: legend }),
          second,
          setSecond,
        )}
        <button
          type="button"
          onClick={() => {
            const added = addPair(rules, people, list, first, second)
            setProblem(added.ok ? null : added.message)
            if (added.ok) onRules(added.rules)
          }}
        >
          {legend}
        </button>
      </div>
      {problem !== null && (
        <p className="pairs-problem" role="alert">
          {formatRef(intl, problem)}
        </p>
      )}
    </fieldset>
  )
}
