import { parseCsv, guessNameColumn, peopleFromSheet } from '@common/domain/grouping/roster-csv'
import { peopleFromLines } from '@common/domain/grouping/roster-text'
import { roleCue } from '@common/domain/grouping/role-names'
import { loadBuiltinWorkshop } from '../../support/builtin-workshop'
import { inEnglish, withEnglishMessage } from '../../support/in-english'

describe('names typed or pasted', () => {
  it('take one name a line, skip blank lines and tell two people of one name apart', () => {
    expect(peopleFromLines('  Ana \r\n\r\nBen\nAna\n')).toEqual({
      ok: true,
      people: [
        { id: 'p0', name: 'Ana (1)', attributes: {} },
        { id: 'p1', name: 'Ben', attributes: {} },
        { id: 'p2', name: 'Ana (2)', attributes: {} },
      ],
    })
    expect(withEnglishMessage(peopleFromLines('\n  \n'))).toEqual({
      ok: false,
      message: 'The roster is empty: type or paste at least two names, one a line.',
    })
  })
})

describe('a roster from a spreadsheet export', () => {
  it('reads quoted fields, semicolons and a picked name column with attributes', () => {
    const read = parseCsv(
      '\uFEFFID;Full name;Career stage\n1;"Pérez; Ana";Early\n2;"Ben ""B"" Oyelaran";Senior\n',
    )
    if (!read.ok) throw new Error(inEnglish(read.message))
    expect(read.sheet.columns).toEqual(['ID', 'Full name', 'Career stage'])
    expect(guessNameColumn(read.sheet.columns)).toBe(1)
    expect(peopleFromSheet(read.sheet, 1, [2])).toEqual({
      ok: true,
      people: [
        { id: 'p0', name: 'Pérez; Ana', attributes: { 'Career stage': 'Early' } },
        { id: 'p1', name: 'Ben "B" Oyelaran', attributes: { 'Career stage': 'Senior' } },
      ],
    })
  })

  it('reads a header whose quoted cell holds a comma, as the agenda import does', () => {
    const read = parseCsv('"Name, as written";Stage\r\n"Ní Bhriain, Siobhán";Early\r\n')
    if (!read.ok) throw new Error(inEnglish(read.message))
    expect(read.sheet.columns).toEqual(['Name, as written', 'Stage'])
    expect(read.sheet.rows).toEqual([['Ní Bhriain, Siobhán', 'Early']])
  })

  it('says which line holds a quote never closed, and when a column has no names', () => {
    expect(withEnglishMessage(parseCsv('name,stage\nAna,early\n"Ben,senior\nCai,early\n'))).toEqual(
      {
        ok: false,
        message: 'The CSV has a quote opened on line 3 that is never closed.',
      },
    )
    expect(withEnglishMessage(parseCsv('name\n'))).toEqual({
      ok: false,
      message: 'The CSV needs a header row and at least one row of names.',
    })
    const read = parseCsv('name,stage\nAna,\nBen,\n')
    if (!read.ok) throw new Error(inEnglish(read.message))
    expect(withEnglishMessage(peopleFromSheet(read.sheet, 1, []))).toEqual({
      ok: false,
      message: 'The column “stage” has no names in it.',
    })
  })
})

describe('role cues', () => {
  it('take what a role does from the exercise’s own prompts', () => {
    const welcome = loadBuiltinWorkshop().exercises.find((item) => item.id === 'welcome')
    if (welcome?.kind !== 'exercise') throw new Error('no welcome exercise')
    expect(roleCue(welcome, 'a')).toBe('Partner A: share both moments')
    expect(roleCue(welcome, 'observer')).toBe('Observer')
  })
})
