import { expect, test, type Page } from '@playwright/test'
import { languages, pseudoLanguage, type MessageLanguage } from '@common/i18n/locales'
import type { MessageId } from '@common/i18n/message-id'
import { translatorFor } from '@common/i18n/translator'
import { shotPath } from './editing-steps'
import { startTestApp, type TestApp } from './harness'
import { findSidewaysFaults } from './sideways-faults'
import { speakInApp } from './steps'

// The console speaks the app's language: every screen and side panel a facilitator opens during a
// session, at a 1280×800 laptop, in Spanish, French and German, and in the stretched test
// language that stands for any longer one, with nothing running off its box and none of the
// console's English left. The built-in workshop's own words stay English, and the
// room's miniature speaks the workshop's language: neither is the console's chrome.

const laptop = { width: 1280, height: 800 }

/**
 * Words of the console's English chrome that neither the workshop's content nor another language
 * shares: a console that still shows one of them was not translated.
 */
const englishChrome = [
  'Session notes',
  'Start the session to take notes',
  'What did you notice?',
  'Tag for this note',
  'Keep in the record',
  'Facilitator notes',
  'moves on by itself',
  'Blank black',
  'Blank white',
  'Blank and attention',
  'Show the room again',
  'Type, or pick a preset',
  'Message presets',
  'Keyboard shortcuts',
  'End the session?',
  'has ended and its record is saved',
  'Session over',
  'Grouping rules',
  'Form groups',
  'Groups of this round',
  'Back to the exercise',
  'Show groups on the room',
  'Also keep (for mixing groups)',
  'Participants join from their phones',
  'A phone cannot open a link?',
  'From the participants',
  'Nothing has arrived yet',
  'How people vote',
  'Dots per person',
  '(over plan)',
  'Jump to ',
  'Opening…',
  'Whole room',
  'On your own',
  'In pairs',
]

let app: TestApp
let page: Page

test.afterEach(async () => {
  await app.close()
})

/** The console's own words: its text, labels, titles and placeholders, the room's miniature left out. */
async function consoleChrome(): Promise<string> {
  return page.locator('body').evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement
    copy.querySelectorAll('[data-testid="presenter-frame"]').forEach((frame) => frame.remove())
    const attributes = [...copy.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap(
      (element) =>
        ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    )
    return [copy.textContent, ...attributes].join('\n')
  })
}

const spoken: MessageLanguage[] = [...languages.filter((l) => l !== 'en'), pseudoLanguage]

for (const language of spoken) {
  test(`the console speaks ${language} on a 1280×800 laptop: every panel whole, no English left`, async () => {
    test.setTimeout(180_000)
    const say = (id: MessageId, values?: Record<string, string | number>) =>
      translatorFor(language).formatMessage({ id }, values)
    app = await startTestApp({ systemLanguages: [language], manualClock: true })
    page = await app.openView('console')
    await page.setViewportSize(laptop)
    // No system speaks the test language: a layout test chooses it.
    if (language === pseudoLanguage) await speakInApp(page, language)

    const faultsAndEnglish = async (where: string) => {
      await page.screenshot({ path: shotPath(`console-${language}-${where}.png`) })
      const chrome = await consoleChrome()
      return {
        where,
        faults: await findSidewaysFaults(page, 'body', '[data-testid="presenter-frame"]'),
        english: englishChrome.filter((words) => chrome.includes(words)),
      }
    }

    await page
      .getByRole('listitem', { name: /Mentoring/ })
      .getByRole('button', { name: say('library.card.open') })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
    expect(await faultsAndEnglish('workshop')).toEqual({
      where: 'workshop',
      faults: [],
      english: [],
    })

    await page.getByRole('button', { name: say('workshop.run') }).click()
    const status = page.getByTestId('run-status')
    await expect(status).toHaveText(say('console.status.ready'))
    expect(await faultsAndEnglish('ready')).toEqual({ where: 'ready', faults: [], english: [] })

    await page.keyboard.press('Space')
    await expect(status).toHaveText(say('console.status.running'))
    const tabs = page.getByRole('tablist', { name: say('console.sideTabs') }).getByRole('tab')
    const count = await tabs.count()
    expect(count).toBeGreaterThanOrEqual(5)
    for (let index = 0; index < count; index++) {
      const tab = tabs.nth(index)
      await tab.click()
      await expect(tab).toHaveAttribute('aria-selected', 'true')
      const where = `running-tab-${String(index + 1)}`
      expect(await faultsAndEnglish(where)).toEqual({ where, faults: [], english: [] })
    }

    await page.keyboard.press('?')
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await faultsAndEnglish('shortcuts')).toEqual({
      where: 'shortcuts',
      faults: [],
      english: [],
    })
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()

    await page.getByRole('button', { name: say('console.endSession') }).click()
    const ending = page.getByRole('dialog')
    await expect(ending).toBeVisible()
    expect(await faultsAndEnglish('ending')).toEqual({ where: 'ending', faults: [], english: [] })
    await ending.getByRole('button').last().click()
    await expect(status).toHaveText(say('console.status.ended'))
    expect(await faultsAndEnglish('ended')).toEqual({ where: 'ended', faults: [], english: [] })
  })
}
