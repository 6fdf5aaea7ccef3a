import { parseClockInput } from '@common/domain/run/schedule-tracking'

describe('a time typed into the console’s 24-hour field', () => {
  it('reads the ways people type a time of day as HH:MM', () => {
    expect(parseClockInput('12:30')).toBe('12:30')
    expect(parseClockInput('9:05')).toBe('09:05')
    expect(parseClockInput(' 0930 ')).toBe('09:30')
    expect(parseClockInput('21.15')).toBe('21:15')
    expect(parseClockInput('7h45')).toBe('07:45')
    expect(parseClockInput('00:00')).toBe('00:00')
  })

  it('refuses what is no time of day', () => {
    for (const typed of ['', '24:00', '12:60', '12', 'noon', '1:2', '12:30 PM', '123:45'])
      expect(parseClockInput(typed), typed).toBeNull()
  })
})
