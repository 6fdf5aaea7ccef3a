import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { prepareBuiltinSession, speakInApp } from './steps'
import { shotPath } from './editing-steps'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  page = await app.openView('console')
  await page.setViewportSize({ width: 1280, height: 800 })
})

test.afterEach(async () => {
  await app.close()
})

/**
 * The run console's own words, without the room's miniature (which speaks the workshop's
 * language) and the side panel (whose panels have their own tests).
 */
async function runChrome(): Promise<string> {
  return page.locator('.run-console').evaluate((console) => {
    const copy = console.cloneNode(true) as HTMLElement
    copy.querySelectorAll('[data-testid="presenter-frame"], .side-panel').forEach((e) => e.remove())
    const labels = [...copy.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap(
      (e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')],
    )
    return [copy.textContent, ...labels].join('\n')
  })
}

/** Words of the run console's English that German never shares. */
const english = [
  'Blank black',
  'Blank white',
  'Flash',
  'Message to the room',
  'Type, or pick a preset',
  'Show time of day',
  'Room theme',
  'On the room now',
  'Exercise, clock running',
  'Next:',
  'Ended',
  'Session over',
  'Open the debrief',
]

test('the run console speaks the app’s language, German here, to the end of the session', async () => {
  await prepareBuiltinSession(page)
  await speakInApp(page, 'de')
  await expect(page.getByTestId('run-status')).toHaveText('Startbereit')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('run-status')).toHaveText('Läuft')
  await app.advance(70_000)
  await expect(page.getByRole('button', { name: 'Schwarz ausblenden B' })).toBeVisible()
  await expect(page.getByTestId('room-status')).toHaveText('Übung, Uhr läuft')
  await page.screenshot({ path: shotPath('run-de.png') })

  await page.getByRole('tab', { name: 'Ablauf' }).click()
  // A German agenda reads its times 24-hour: the workshop is planned from 9:00.
  await expect(page.getByRole('columnheader', { name: 'Geplant' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Springen zu / }).first()).toBeVisible()
  await page.screenshot({ path: shotPath('run-de-agenda.png') })

  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Tastenkürzel' })
  await expect(sheet.getByRole('rowheader', { name: 'Leertaste' })).toBeVisible()
  await page.screenshot({ path: shotPath('run-de-shortcuts.png') })
  await sheet.getByRole('button', { name: 'Schließen' }).click()

  await page.getByRole('button', { name: 'Sitzung beenden…' }).click()
  const ask = page.getByRole('dialog', { name: 'Sitzung beenden?' })
  await expect(ask.getByRole('button', { name: 'Weitermachen' })).toBeFocused()
  await ask.getByRole('button', { name: 'Sitzung beenden', exact: true }).click()
  await expect(page.getByTestId('ended-clock')).toContainText('Beendet um 8:56')
  await expect(page.getByRole('button', { name: 'Nachbesprechung öffnen' })).toBeVisible()
  await page.screenshot({ path: shotPath('run-de-ended.png') })

  const chrome = await runChrome()
  expect(english.filter((words) => chrome.includes(words))).toEqual([])
})
