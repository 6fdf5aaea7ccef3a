import { messageRef, type MessageRef } from '../../i18n/message-ref'
import { hasVisibleCharacter, trimUnseen } from '../visible-text'
import type { Person } from './grouping-schema'

/** The most people one roster holds: well beyond any room one facilitator runs. */
export const MAX_ROSTER = 500

export type RosterRead = { ok: true; people: Person[] } | { ok: false; message: MessageRef }

/** People with ids p0, p1… in the order given, each name trimmed. */
export function numberPeople(
  entries: { name: string; attributes: Record<string, string> }[],
): Person[] {
  return entries.map((entry, index) => ({
    id: `p${String(index)}`,
    name: trimUnseen(entry.name),
    attributes: entry.attributes,
  }))
}

/**
 * Reads names typed or pasted one a line. Lines with nothing visible on them are skipped; a name
 * used twice is kept twice (two people can share a name) but numbered, so the room can tell them
 * apart.
 */
export function peopleFromLines(text: string): RosterRead {
  const names = text
    .split(/\r\n|\r|\n/)
    .map(trimUnseen)
    .filter(hasVisibleCharacter)
  if (names.length === 0) {
    return {
      ok: false,
      message: messageRef('console.pairs.names.empty'),
    }
  }
  if (names.length > MAX_ROSTER) {
    return {
      ok: false,
      message: messageRef('console.pairs.names.tooMany', {
        count: names.length,
        max: MAX_ROSTER,
      }),
    }
  }
  const long = names.findIndex((name) => name.length > 120)
  if (long >= 0) {
    return {
      ok: false,
      message: messageRef('console.pairs.names.longLine', { line: long + 1 }),
    }
  }
  return {
    ok: true,
    people: numberPeople(distinguish(names).map((name) => ({ name, attributes: {} }))),
  }
}

/** "Sam", "Sam" become "Sam (1)", "Sam (2)", so each is found on the pairing screen. */
export function distinguish(names: readonly string[]): string[] {
  const total = new Map<string, number>()
  for (const name of names) total.set(name, (total.get(name) ?? 0) + 1)
  const seen = new Map<string, number>()
  return names.map((name) => {
    if ((total.get(name) ?? 0) < 2) return name
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return `${name} (${String(count)})`
  })
}
