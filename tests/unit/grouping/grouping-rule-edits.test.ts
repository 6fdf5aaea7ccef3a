import {
  addPair,
  mixColumns,
  removePair,
  startsWithNewPartners,
} from '@common/domain/grouping/rule-edits'
import { rosterOf, rulesFor } from './pairs-arbitraries'
import { inEnglish, withEnglishMessage } from '../../support/in-english'

const people = rosterOf(6)

describe('editing the grouping rules', () => {
  it('adds a pair to keep apart or together, once, in either order', () => {
    const added = addPair(rulesFor(2), people, 'apart', 'p0', 'p1')
    if (!added.ok) throw new Error(inEnglish(added.message))
    expect(added.rules.apart).toEqual([['p0', 'p1']])
    expect(withEnglishMessage(addPair(added.rules, people, 'apart', 'p1', 'p0'))).toEqual({
      ok: false,
      message: 'Person 1 and Person 0 are already kept apart.',
    })
    const together = addPair(added.rules, people, 'together', 'p2', 'p3')
    expect(together.ok && together.rules.together).toEqual([['p2', 'p3']])
  })

  it('refuses a pair both apart and together, the same person twice, or someone not there', () => {
    const added = addPair(rulesFor(2), people, 'together', 'p0', 'p1')
    if (!added.ok) throw new Error(inEnglish(added.message))
    expect(withEnglishMessage(addPair(added.rules, people, 'apart', 'p1', 'p0'))).toEqual({
      ok: false,
      message: 'Person 1 and Person 0 are kept together; take that rule off first.',
    })
    expect(withEnglishMessage(addPair(rulesFor(2), people, 'apart', 'p2', 'p2'))).toEqual({
      ok: false,
      message: 'Choose two different people.',
    })
    expect(withEnglishMessage(addPair(rulesFor(2), people, 'apart', 'p2', 'p99'))).toEqual({
      ok: false,
      message: 'Choose two people on the roster.',
    })
  })

  it('removes one pair and leaves the rest', () => {
    const rules = rulesFor(2, {
      apart: [
        ['p0', 'p1'],
        ['p2', 'p3'],
      ],
    })
    expect(removePair(rules, 'apart', 0).apart).toEqual([['p2', 'p3']])
  })

  it('offers every column anyone has to mix by, and starts from the workshop’s pairing', () => {
    expect(mixColumns(people)).toEqual(['stage'])
    expect(mixColumns([{ id: 'p0', name: 'A', attributes: {} }])).toEqual([])
    expect(startsWithNewPartners('onePartner')).toBe(false)
    expect(startsWithNewPartners('newPartners')).toBe(true)
  })
})
