import { parseClockInput } from '@common/domain/run/schedule-tracking'

describe('a time typed into the console’s “Must end by” field', () => {
  it('reads the ways people type a time of day as HH:MM', () => {
    expect(parseClockInput('12:30')).toBe('12:30')
    expect(parseClockInput('9:05')).toBe('09:05')
    expect(parseClockInput(' 0930 ')).toBe('09:30')
    expect(parseClockInput('21.15')).toBe('21:15')
    expect(parseClockInput('9.30')).toBe('09:30')
    expect(parseClockInput('7h45')).toBe('07:45')
    expect(parseClockInput('00:00')).toBe('00:00')
  })

  it('reads a 12-hour time with AM or PM, as English shows it', () => {
    expect(parseClockInput('9:30 PM')).toBe('21:30')
    expect(parseClockInput('9:30pm')).toBe('21:30')
    expect(parseClockInput('9:30 a.m.')).toBe('09:30')
    expect(parseClockInput('12:15 AM')).toBe('00:15')
    expect(parseClockInput('12:15 PM')).toBe('12:15')
    expect(parseClockInput('12:30 PM')).toBe('12:30')
    expect(parseClockInput('11 am')).toBe('11:00')
    expect(parseClockInput('3 p.m.')).toBe('15:00')
  })

  it('refuses what is no time of day', () => {
    for (const typed of [
      '',
      '24:00',
      '12:60',
      '12',
      'noon',
      '1:2',
      '123:45',
      '13:30 PM',
      '0:30 AM',
      '21:30 AM',
      'PM',
    ])
      expect(parseClockInput(typed), typed).toBeNull()
  })
})
