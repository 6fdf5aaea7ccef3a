// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import type { AppLanguageChoice } from '@common/api/run-types'
import { AppLanguageOptions } from '../../renderer/src/lib/i18n/AppLanguageOptions'
import { renderWithIntl } from '../support/with-intl'

function optionsFor(choice: AppLanguageChoice): string[] {
  renderWithIntl(
    <select aria-label="Language" value={choice} onChange={() => undefined}>
      <AppLanguageOptions choice={choice} systemLanguage="de" />
    </select>,
  )
  return screen.getAllByRole('option').map((option) => option.textContent)
}

describe('the choices of the app’s language', () => {
  it('offers the system’s and the four languages, each in its own words', () => {
    expect(optionsFor('fr')).toEqual([
      'Follow the system (Deutsch)',
      'English',
      'Español',
      'Français',
      'Deutsch',
    ])
  })

  it('lists the test language only while a layout test has chosen it, marked as a test', () => {
    expect(optionsFor('en-XA').at(-1)).toBe('Test language (en-XA)')
    expect(screen.getByRole<HTMLSelectElement>('combobox').value).toBe('en-XA')
  })
})
