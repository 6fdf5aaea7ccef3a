import {
  clockTimeAfter,
  formatDuration,
  planAgenda,
  totalMinutes,
} from '@common/domain/workshop/schedule'
import { blankWorkshop } from '@common/domain/workshop/blank'
import { newBreak } from '@common/domain/workshop/edit/new-items'

describe('schedule', () => {
  it('formats durations as people say them', () => {
    expect(formatDuration(45)).toBe('45 min')
    expect(formatDuration(1.5)).toBe('1.5 min')
    expect(formatDuration(60)).toBe('1 h')
    expect(formatDuration(225)).toBe('3 h 45 min')
  })

  it('adds minutes to a clock time, wrapping past midnight', () => {
    expect(clockTimeAfter('09:00', 225)).toBe('12:45')
    expect(clockTimeAfter('23:30', 45)).toBe('00:15')
  })

  it('plans each item from the end of the one before', () => {
    const workshop = blankWorkshop('T')
    const first = workshop.exercises[0]!
    workshop.exercises.push({ ...newBreak('tea'), title: 'Tea', minutes: 15 })
    if (first.kind === 'exercise') first.phases.push({ ...first.phases[0]!, minutes: 2.5 })
    expect(
      planAgenda(workshop).map((line) => [line.item.id, line.startMinute, line.minutes]),
    ).toEqual([
      ['first-exercise', 0, 7.5],
      ['tea', 7.5, 15],
    ])
    expect(totalMinutes(workshop)).toBe(22.5)
  })
})
