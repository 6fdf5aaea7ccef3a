import { formatMinutes, formatWholeMinutes } from '../../renderer/src/lib/human-minutes'

describe('minutes on the console', () => {
  it('are whole minutes or m:ss, never decimals', () => {
    expect(formatMinutes(10)).toBe('10 min')
    expect(formatMinutes(1.5)).toBe('1:30')
    expect(formatMinutes(5.6)).toBe('5:36')
    expect(formatMinutes(0.25)).toBe('0:15')
    expect(formatMinutes(0)).toBe('0 min')
    expect(formatMinutes(40.4)).toBe('40:24')
  })

  it('go to hours and whole minutes past an hour', () => {
    expect(formatMinutes(60)).toBe('1 h')
    expect(formatMinutes(65.4)).toBe('1 h 5 min')
    expect(formatMinutes(225)).toBe('3 h 45 min')
  })

  it('round differences to whole minutes', () => {
    expect(formatWholeMinutes(40.4)).toBe('40 min')
    expect(formatWholeMinutes(-3.6)).toBe('4 min')
    expect(formatWholeMinutes(0.3)).toBe('< 1 min')
    expect(formatWholeMinutes(61)).toBe('1 h 1 min')
  })

  it('never show a decimal point, whatever the length', () => {
    for (let tenths = 0; tenths < 2000; tenths += 7)
      expect(formatMinutes(tenths / 10)).not.toMatch(/\d\.\d/)
  })
})
