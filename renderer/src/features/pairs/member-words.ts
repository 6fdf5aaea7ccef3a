import type { IntlShape } from 'react-intl'
import type { NamedMember } from '@common/domain/grouping/round-view'
import type { Role } from '@common/domain/grouping/roles'

/** A role's name in the console's language: "Partner A", "Partner B", "Observer". */
export function formatRole(intl: IntlShape, role: Role): string {
  return intl.formatMessage({ id: 'console.pairs.role' }, { role })
}

/** A group in one line, each member with their role if they take one: "Ana (Partner A) · Ben (…)". */
export function formatGroup(intl: IntlShape, group: readonly NamedMember[]): string {
  return group
    .map((member) =>
      member.role === null
        ? member.name
        : intl.formatMessage(
            { id: 'console.pairs.memberWithRole' },
            { name: member.name, role: formatRole(intl, member.role) },
          ),
    )
    .join(' · ')
}
