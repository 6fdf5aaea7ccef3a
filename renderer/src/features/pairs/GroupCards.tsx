import { forwardRef, memo, type CSSProperties } from 'react'
import { FormattedMessage, useIntl } from 'react-intl'
import type { MessageId } from '@common/i18n/message-id'
import type { NamedMember } from '@common/domain/grouping/round-view'
import type { PairingArrangement } from '@common/room/pairing-fit'
import { TextKeptWhole } from '../room/TextKeptWhole'

const tags: Record<'a' | 'b' | 'observer', MessageId> = {
  a: 'room.pairing.tagA',
  b: 'room.pairing.tagB',
  observer: 'room.pairing.tagObserver',
}

/** A role's short tag, as the legend above the cards spells it out. */
export function RoleTag({ role }: { role: keyof typeof tags }) {
  return <FormattedMessage id={tags[role]} />
}

/**
 * Numbered group cards, members side by side (`row`) or each on a line of their own (`stack`),
 * each role tag in a column before its name, so a tag never sits on a name. `columns`,
 * `arrangement` and `size` (share of the room's height) are chosen by the pairing screen's fit.
 */
// The pairing screen redraws every second to turn its pages; the cards redraw only when changed.
export const GroupCards = memo(
  forwardRef<
    HTMLOListElement,
    {
      groups: readonly (readonly NamedMember[])[]
      firstNumber: number
      columns: number
      arrangement: PairingArrangement
      size: number
    }
  >(function GroupCards({ groups, firstNumber, columns, arrangement, size }, ref) {
    const intl = useIntl()
    const withRoles = groups.some((group) => group.some((member) => member.role !== null))
    return (
      <ol
        ref={ref}
        className={`room-pairing-groups${withRoles ? ' has-roles' : ''}${arrangement === 'row' ? ' is-row' : ''}`}
        start={firstNumber}
        style={{
          gridTemplateColumns: `repeat(${String(columns)}, minmax(0, 1fr))`,
          fontSize: `${String(size)}cqh`,
        }}
      >
        {groups.map((group, index) => (
          <li
            key={String(firstNumber + index)}
            className="room-pairing-group"
            aria-label={intl.formatMessage(
              { id: 'room.pairing.group' },
              { number: firstNumber + index },
            )}
          >
            <span className="room-pairing-number">{String(firstNumber + index)}</span>
            <ul
              className="room-pairing-members"
              style={{ '--members': String(group.length) } as CSSProperties}
            >
              {group.map((member) => (
                <li key={member.personId}>
                  {withRoles && (
                    <span className="room-pairing-tag">
                      {member.role === null ? '' : <RoleTag role={member.role} />}
                    </span>
                  )}
                  <span className="room-pairing-name">
                    <TextKeptWhole text={member.name} />
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    )
  }),
)
