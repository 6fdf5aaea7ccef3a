import { useState } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import { describeNamedPacksCount, useNamedPacksCount } from '../handouts/useNamedPacksCount'
import type { GroupsPrint, Roster } from './useRoster'
import '../handouts/handouts.css'

const prints: { kind: GroupsPrint['kind']; label: MessageId }[] = [
  { kind: 'rotation', label: 'handouts.groups.rotation' },
  { kind: 'cards', label: 'handouts.groups.cards' },
  { kind: 'namedPacks', label: 'handouts.groups.namedPacks' },
]

/**
 * Prints the roster's rotation table, name cards, or every participant's pack with their name,
 * on the paper and in the print size chosen, and says what the named packs come to before
 * anyone presses print.
 */
export function PrintGroups({ roster }: { roster: Pick<Roster, 'print' | 'printed'> }) {
  const intl = useIntl()
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4')
  const [largePrint, setLargePrint] = useState(false)
  const namedPacks = describeNamedPacksCount(useNamedPacksCount(paper, largePrint), intl)
  return (
    <div
      className="pairs-inline print-groups"
      role="group"
      aria-label={intl.formatMessage({ id: 'handouts.groups.label' })}
    >
      <label>
        <FormattedMessage id="handouts.paper" />
        <select value={paper} onChange={(event) => setPaper(event.target.value as 'a4' | 'letter')}>
          <option value="a4">{intl.formatMessage({ id: 'handouts.paper.a4' })}</option>
          <option value="letter">{intl.formatMessage({ id: 'handouts.paper.letter' })}</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={largePrint}
          onChange={(event) => setLargePrint(event.target.checked)}
        />
        <FormattedMessage id="handouts.groups.largePrint" />
      </label>
      {prints.map((print) => {
        const label = intl.formatMessage({ id: print.label })
        return (
          <button
            key={print.kind}
            type="button"
            onClick={() => roster.print({ kind: print.kind, label }, paper, largePrint)}
          >
            {label}
          </button>
        )
      })}
      {namedPacks !== null && (
        <p className="pairs-hint">
          <FormattedMessage id="handouts.groups.namedPacksCount" values={{ count: namedPacks }} />
        </p>
      )}
      {roster.printed !== null && (
        <p className="pairs-hint" role="status">
          {roster.printed}
        </p>
      )}
    </div>
  )
}
