import { aboutText } from '@common/about'
import { languages } from '@common/i18n/locales'
import { translatorFor } from '@common/i18n/translator'

describe('Help › About', () => {
  it('speaks the app’s language and credits the guide and the grant in each', () => {
    const english = aboutText('1.2.3', translatorFor('en'))
    expect(english.title).toBe('Facilitator 1.2.3')
    expect(english.detail).toContain('Everything stays on this computer.')
    expect(english.detail).toContain('IMLS grant RE-95-17-0104-17')
    for (const language of languages) {
      const about = aboutText('1.2.3', translatorFor(language))
      expect(about.detail).toContain('Library as Research Lab Mentoring Guide')
      expect(about.detail).toContain('University of Michigan')
      expect(about.detail).toContain('RE-95-17-0104-17')
      if (language !== 'en') expect(about.detail).not.toContain('Everything stays on this computer')
    }
    expect(aboutText('1.2.3', translatorFor('de')).detail).toContain(
      'Alles bleibt auf diesem Computer.',
    )
  })
})
