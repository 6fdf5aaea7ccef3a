import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { Person } from '@common/domain/grouping/grouping-schema'
import {
  guessNameColumn,
  parseCsv,
  peopleFromSheet,
  type Sheet,
} from '@common/domain/grouping/roster-csv'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { startsWithNewPartners } from '@common/domain/grouping/rule-edits'
import type { SessionRoster } from '@common/domain/grouping/session-roster'
import { formatRef, messageRef, type MessageRef } from '@common/i18n/message-ref'
import type { PairingPolicy } from '@common/domain/workshop/schema'
import { NoMixing } from './NoMixing'
import type { Roster } from './useRoster'
import { SheetColumns } from './SheetColumns'

const sizes = [2, 3, 4, 5, 6]

/** Names typed, pasted or imported, and how to group them; forms the groups of every round. */
export function RosterForm({
  roster,
  arrange: arrangeGroups,
  pairing = 'newPartners',
}: {
  roster: SessionRoster | null
  arrange: Roster['arrange']
  /** The workshop's pairing, which a new roster starts from. */
  pairing?: PairingPolicy
}) {
  const intl = useIntl()
  const [names, setNames] = useState(
    () => roster?.people.map((person) => person.name).join('\n') ?? '',
  )
  const [sheet, setSheet] = useState<Sheet | null>(null)
  const [nameColumn, setNameColumn] = useState(0)
  const [attributes, setAttributes] = useState<number[]>([])
  const [size, setSize] = useState(roster?.rules.size ?? 2)
  const [perExercise, setPerExercise] = useState(
    roster?.rules.perExercise ?? startsWithNewPartners(pairing),
  )
  const [mixBy, setMixBy] = useState<string | null>(roster?.rules.mixBy ?? null)
  const [problem, setProblem] = useState<MessageRef | null>(null)

  const people = (): Person[] | null => {
    const read =
      sheet === null ? peopleFromLines(names) : peopleFromSheet(sheet, nameColumn, attributes)
    if (!read.ok) setProblem(read.message)
    return read.ok ? read.people : null
  }
  const arrange = (seed: number | null) => {
    const chosen = people()
    if (chosen === null) return
    setProblem(null)
    void arrangeGroups({
      people: chosen,
      rules: {
        size,
        perExercise,
        // Without a sheet open the form has no mix control: the kept rule stands.
        mixBy: sheet === null ? (roster?.rules.mixBy ?? null) : mixBy,
        apart: roster?.rules.apart ?? [],
        together: roster?.rules.together ?? [],
      },
      seed,
    })
  }
  const attributeNames = sheet === null ? [] : attributes.map((index) => sheet.columns[index] ?? '')

  return (
    <form
      className="pairs-form"
      aria-label={intl.formatMessage({ id: 'console.pairs.roster' })}
      onSubmit={(event) => {
        event.preventDefault()
        arrange(roster?.rules.seed ?? null)
      }}
    >
      {sheet === null ? (
        <label className="pairs-names">
          <FormattedMessage id="console.pairs.names" />
          <textarea rows={6} value={names} onChange={(event) => setNames(event.target.value)} />
        </label>
      ) : (
        <SheetColumns
          sheet={sheet}
          nameColumn={nameColumn}
          attributes={attributes}
          onNameColumn={setNameColumn}
          onAttributes={setAttributes}
          onDrop={() => {
            setSheet(null)
            setMixBy(null)
          }}
        />
      )}
      <label className="pairs-import">
        <FormattedMessage id="console.pairs.import" />
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file === undefined) return
            void file.text().then((text) => {
              const read = parseCsv(text)
              if (!read.ok) {
                setProblem(
                  messageRef('console.pairs.fileProblem', {
                    file: file.name,
                    problem: formatRef(intl, read.message),
                  }),
                )
                return
              }
              setProblem(null)
              setSheet(read.sheet)
              setNameColumn(guessNameColumn(read.sheet.columns))
              setAttributes([])
            })
          }}
        />
      </label>
      <div className="pairs-rules">
        <label>
          <FormattedMessage id="console.pairs.groups" />{' '}
          <select value={size} onChange={(event) => setSize(Number(event.target.value))}>
            {sizes.map((option) => (
              <option key={option} value={option}>
                {intl.formatMessage({ id: 'console.pairs.size' }, { size: option })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={perExercise}
            onChange={(event) => setPerExercise(event.target.checked)}
          />{' '}
          <FormattedMessage id="console.pairs.newPartners" />
        </label>
        {attributeNames.length > 0 && (
          <label>
            <FormattedMessage id="console.pairs.mixBy" />{' '}
            <select
              value={mixBy ?? ''}
              onChange={(event) => setMixBy(event.target.value === '' ? null : event.target.value)}
            >
              <NoMixing />
              {attributeNames.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div className="pairs-actions">
        <button type="submit">
          <FormattedMessage id="console.pairs.form" />
        </button>
        {roster !== null && (
          <button type="button" onClick={() => arrange(null)}>
            <FormattedMessage id="console.pairs.reshuffle" />
          </button>
        )}
      </div>
      {problem !== null && (
        <p className="pairs-problem" role="alert">
          {formatRef(intl, problem)}
        </p>
      )}
    </form>
  )
}
