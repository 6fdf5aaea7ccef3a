import { compileMessages } from '@common/i18n/compile-messages'
import { translatorFor } from '@common/i18n/translator'

describe('the test language', () => {
  test('stretches every word by about 40 % and accents it, keeping placeholders and numbers', () => {
    const text = translatorFor('en-XA').formatMessage(
      { id: 'common.pageOf' },
      { page: 3, pages: 24 },
    )
    expect(text).not.toMatch(/[A-Za-z]/)
    const words = text.split(' ')
    expect(words).toHaveLength(4)
    expect(words[1]).toBe('3')
    expect(words[3]).toBe('24')
    expect(Array.from(words[0] ?? '').length).toBeGreaterThanOrEqual(Math.ceil(4 * 1.4))
  })

  test('compiles only the ids asked for', () => {
    expect(Object.keys(compileMessages('de', ['common.page']))).toEqual(['common.pageOf'])
  })
})
