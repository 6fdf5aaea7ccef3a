import { defaultPaperForLocale, measurePaper } from '@common/handouts/paper'

describe('default paper for a locale', () => {
  it.each([
    ['en-US', 'letter'],
    ['en_US.UTF-8', 'letter'],
    ['fr-CA', 'letter'],
    ['es_MX', 'letter'],
    ['fil-PH', 'letter'],
    ['es-CL', 'letter'],
    ['en-us', 'letter'],
    ['en-GB', 'a4'],
    ['de_DE.UTF-8@euro', 'a4'],
    ['ja-JP', 'a4'],
    ['zh-Hant-TW', 'a4'],
    ['es-419', 'a4'],
    ['en', 'a4'],
    ['C', 'a4'],
    ['', 'a4'],
  ] as const)('%s prints on %s', (locale, paper) => {
    expect(defaultPaperForLocale(locale)).toBe(paper)
  })

  it('reads the region after a script subtag', () => {
    expect(defaultPaperForLocale('sr-Latn-US')).toBe('letter')
  })

  it('knows both sizes in points', () => {
    expect(measurePaper('letter')).toEqual({ width: 612, height: 792 })
    expect(Math.round(measurePaper('a4').height)).toBe(842)
  })
})
