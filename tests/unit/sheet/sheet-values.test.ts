import {
  readClockTime,
  readGrouping,
  readMinutes,
} from '@common/domain/workshop/sheet/sheet-values'
import { inEnglish } from '../../support/in-english'

describe('readMinutes', () => {
  it.each([
    ['15', 15],
    ['15 min', 15],
    ['15 minutes', 15],
    ['7,5', 7.5],
    ['0:15', 15],
    ['1:30', 90],
    ['00:15:00', 15],
    ['00:00:30', 0.5],
    ['1 h 30', 90],
    ['1h30m', 90],
    ['1.5 h', 90],
    ['2 hours', 120],
  ])('reads %s as %d minutes', (cell, minutes) => {
    expect(readMinutes(cell)).toEqual({ ok: true, value: minutes })
  })

  it.each(['soon', '', '0', '-5', '12:75', '700'])('refuses %j with a reason', (cell) => {
    const read = readMinutes(cell)
    expect(read.ok).toBe(false)
  })

  it('says what it expects', () => {
    const read = readMinutes('soon')
    expect(read.ok).toBe(false)
    if (!read.ok)
      expect(inEnglish(read.reason)).toBe(
        '“soon” is not a duration: write minutes (“15”), “15 min”, “1 h 30”, “0:15” or “00:15:00”',
      )
  })
})

describe('readClockTime', () => {
  it.each([
    ['09:00', 540],
    ['9:30', 570],
    ['09:30:00', 570],
    ['2:30 pm', 870],
    ['12:00 am', 0],
    ['14h30', 870],
  ])('reads %s', (cell, minutes) => {
    expect(readClockTime(cell)).toEqual({ ok: true, value: minutes })
  })

  it.each(['25:00', 'noon', '9', '13:00 pm'])('refuses %j', (cell) => {
    expect(readClockTime(cell).ok).toBe(false)
  })
})

describe('readGrouping', () => {
  it.each([
    ['pairs', 'pairs'],
    ['In pairs', 'pairs'],
    ['On your own', 'solo'],
    ['In threes', 'trios'],
    ['small groups', 'smallGroups'],
    ['smallGroups', 'smallGroups'],
    ['Whole room', 'wholeRoom'],
    ['plenary', 'wholeRoom'],
  ])('reads %s', (cell, grouping) => {
    expect(readGrouping(cell)).toEqual({ ok: true, value: grouping })
  })

  it('refuses a word it does not know', () => {
    expect(readGrouping('fishbowl').ok).toBe(false)
  })
})
