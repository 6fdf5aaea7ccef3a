import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { openEditorOnCopy, readLibraryWorkshop, shotPath } from './editing-steps'
import { findSidewaysFaults } from './sideways-faults'
import { speakInApp } from './steps'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp()
  page = await app.openView('console')
  await page.setViewportSize({ width: 1280, height: 800 })
})

test.afterEach(async () => {
  await app.close()
})

/** The editor's own words, without the room preview (which speaks the workshop's language). */
async function editorChrome(): Promise<string> {
  return page.locator('article.ed').evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement
    copy.querySelectorAll('[data-testid="room-preview"]').forEach((preview) => preview.remove())
    const labels = [...copy.querySelectorAll('[aria-label]')].map((e) =>
      e.getAttribute('aria-label'),
    )
    const options = [...copy.querySelectorAll('option')].map((option) => option.textContent)
    return [copy.textContent, ...labels, ...options].join('\n')
  })
}

/** The editor's words that do not fit sideways; the room preview is checked by the room's tests. */
async function sidewaysFaults(): Promise<string[]> {
  return findSidewaysFaults(page, 'article.ed', '[data-testid="room-preview"]')
}

/** Words of the editor's English chrome that no other language shares. */
const englishChrome = [
  'Done editing',
  'Undo',
  'Redo',
  'Workshop details',
  'Fields marked',
  'Subtitle',
  'Audience',
  'Feedback link',
  'Planned start',
  'Warning before a phase ends',
  'Language of the room and handouts',
  'Room screen theme',
  'light text on black',
  'Pairing, as the roster panel starts',
  'Focus areas',
  'Add focus area',
  'Select an item to edit it',
  'Add exercise',
  'Add break',
  'Fit to a slot',
  'Shorten flexible ones',
  'Copy exercises from',
  'Choose a workshop',
  'Shown on the room screen',
  'Saved',
  'Move “',
]

/** The same, once an exercise is open. */
const englishExerciseChrome = [
  'Exercise title',
  'Focus area',
  'Purpose',
  'Materials',
  'Facilitator notes',
  'One per line',
  'may be shortened',
  'The guide gives a typical time',
  'Phase 1 label',
  'Phase 1 prompts',
  'In pairs',
  'Whole room',
  'advances on its own',
  'Preview phase',
  'Add phase',
  'Worksheet preview',
  'Block 1',
  'New block kind',
  'Add block',
  'Room display preview',
]

test('the workshop chooses the room’s language, and the editor speaks the app’s', async () => {
  await openEditorOnCopy(page)
  const language = page.getByLabel('Language of the room and handouts')
  await expect(language).toHaveValue('en')
  await expect(language).toHaveAccessibleDescription(/the workshop’s own words stay/)
  await language.selectOption({ label: 'Deutsch' })
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
  expect((await readLibraryWorkshop(app.libraryDir)).language).toBe('de')

  await speakInApp(page, 'fr')
  await expect(page.getByRole('heading', { name: 'Détails de l’atelier' })).toBeVisible()
  await expect(page.getByLabel('Langue de la salle et des documents')).toHaveValue('de')
  await expect(page.getByLabel('Titre', { exact: true })).toHaveAccessibleDescription(
    /^Affiché sur l’écran de la salle/,
  )
  await expect(page.getByRole('button', { name: '← Terminer la modification' })).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveText('Enregistré')
  await expect(page.getByRole('region', { name: 'Programme' })).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Monter «\u00a0My Network Map\u00a0»' }),
  ).toBeVisible()
  let chrome = await editorChrome()
  expect(englishChrome.filter((words) => chrome.includes(words))).toEqual([])
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: shotPath('editor-workshop-fr.png') })
  await page.screenshot({ path: shotPath('editor-workshop-fr-full.png'), fullPage: true })
  expect(await sidewaysFaults()).toEqual([])

  await page
    .getByRole('region', { name: 'Programme' })
    .getByRole('button', { name: 'My Network Map', exact: true })
    .click()
  await expect(page.getByLabel('Intitulé de la phase 1')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ajouter une phase' })).toBeVisible()
  chrome = await editorChrome()
  expect(
    [...englishChrome, ...englishExerciseChrome].filter((words) => chrome.includes(words)),
  ).toEqual([])
  await page.screenshot({ path: shotPath('editor-exercise-fr.png') })
  await page.screenshot({ path: shotPath('editor-exercise-fr-full.png'), fullPage: true })
  expect(await sidewaysFaults()).toEqual([])

  // A problem is placed in the console's words: the item, then « phase 1 », then the field.
  await page.getByLabel('Minutes de la phase 1').fill('0')
  await expect(
    page.getByRole('heading', { name: 'Problèmes à corriger avant d’enregistrer' }),
  ).toBeVisible()
  await expect(
    page.getByRole('button', { name: '«\u00a0My Network Map\u00a0» › phase 1 › minutes' }),
  ).toBeVisible()
  await expect(page.getByTestId('save-status')).toHaveText(
    'Non enregistré\u00a0: 1 problème à corriger',
  )
  await page.getByLabel('Minutes de la phase 1').fill('9')

  await speakInApp(page, 'de')
  await expect(page.getByLabel('Bezeichnung von Phase 1')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Arbeitsblatt' })).toBeVisible()
  await page.screenshot({ path: shotPath('editor-exercise-de.png') })
  await page.screenshot({ path: shotPath('editor-exercise-de-full.png'), fullPage: true })
  await page
    .locator('.ed-phase')
    .first()
    .screenshot({ path: shotPath('editor-phase-de.png') })
  expect(await sidewaysFaults()).toEqual([])
  await page.getByRole('button', { name: 'Workshop-Angaben' }).click()
  await expect(page.getByLabel('Sprache für Raum und Handouts')).toHaveValue('de')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: shotPath('editor-workshop-de.png') })
  await page.screenshot({ path: shotPath('editor-workshop-de-full.png'), fullPage: true })
  expect(await sidewaysFaults()).toEqual([])
})
