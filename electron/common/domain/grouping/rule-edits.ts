import { messageRef, type MessageRef } from '../../i18n/message-ref'
import type { PairingPolicy } from '../workshop/schema'
import type { GroupingRules, Person } from './grouping-schema'

/** The two lists of pairs the rules hold: never in one group, always in one group. */
export type PairList = 'apart' | 'together'

const MAX_PAIRS = 200

/** True when the rule list `list` holds the two people, in either order. */
function holds(rules: GroupingRules, list: PairList, first: string, second: string): boolean {
  return rules[list].some(
    ([x, y]) => (x === first && y === second) || (x === second && y === first),
  )
}

/**
 * The rules with `first` and `second` added to `list`, or why not, named for the console: the
 * same person twice, a pair already there, a pair the other list holds (both apart and together
 * cannot be kept), or a full list.
 */
export function addPair(
  rules: GroupingRules,
  people: readonly Person[],
  list: PairList,
  first: string,
  second: string,
): { ok: true; rules: GroupingRules } | { ok: false; message: MessageRef } {
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name
  const firstName = nameOf(first)
  const secondName = nameOf(second)
  if (firstName === undefined || secondName === undefined)
    return { ok: false, message: messageRef('console.pairs.rules.chooseTwo') }
  if (first === second)
    return { ok: false, message: messageRef('console.pairs.rules.chooseDifferent') }
  const both = { first: firstName, second: secondName }
  if (holds(rules, list, first, second))
    return { ok: false, message: messageRef('console.pairs.rules.already', { list, ...both }) }
  const other: PairList = list === 'apart' ? 'together' : 'apart'
  if (holds(rules, other, first, second)) {
    return {
      ok: false,
      message: messageRef('console.pairs.rules.conflict', { other, ...both }),
    }
  }
  if (rules[list].length >= MAX_PAIRS)
    return {
      ok: false,
      message: messageRef('console.pairs.rules.full', { list, max: MAX_PAIRS }),
    }
  return { ok: true, rules: { ...rules, [list]: [...rules[list], [first, second]] } }
}

/** The rules without the pair at `index` of `list`. */
export function removePair(rules: GroupingRules, list: PairList, index: number): GroupingRules {
  return { ...rules, [list]: rules[list].filter((_, at) => at !== index) }
}

/** The columns of an imported sheet the room can be mixed by: every attribute anyone has. */
export function mixColumns(people: readonly Person[]): string[] {
  return [...new Set(people.flatMap((person) => Object.keys(person.attributes)))]
}

/** Whether the roster panel starts with new partners each exercise, as the workshop says. */
export function startsWithNewPartners(policy: PairingPolicy): boolean {
  return policy === 'newPartners'
}
