import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { shotPath } from './editing-steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp | null = null

test.afterEach(async () => {
  await app?.close()
  app = null
})

/** The library's words in English: none may be left once the app speaks another language. */
const englishLibraryWords = [
  'New workshop',
  'Sessions',
  'Import…',
  'Change folder…',
  'Library folder',
  'Open',
  'Duplicate to edit',
  'exercises',
  'Built-in',
  'read-only',
]

test('the app starts in the system’s language, and the library’s choice is kept', async () => {
  app = await startTestApp({ systemLanguages: ['de-AT', 'en-US'] })
  const page = await app.openView('console')
  await expect(page.getByRole('button', { name: 'Neuer Workshop' })).toBeVisible()
  const card = page.getByRole('listitem', { name: /Mentoring/ })
  await expect(card).toContainText('12 Übungen · 3 h 45 min')
  await expect(card.getByRole('button', { name: 'Zum Bearbeiten duplizieren' })).toBeVisible()
  const text = (await page.locator('.library').innerText()).replace(/Mentoring[^\n]*/g, '')
  for (const word of englishLibraryWords) expect(text).not.toContain(word)
  await page.screenshot({ path: shotPath('library-de.png') })

  const language = page.getByLabel('Sprache')
  await expect(language.locator('option').first()).toHaveText('Systemsprache (Deutsch)')
  await language.selectOption({ label: 'Español' })
  await expect(page.getByRole('button', { name: 'Nuevo taller' })).toBeVisible()
  await expect(card).toContainText('12 ejercicios')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Nuevo taller' })).toBeVisible()
  await expect(page.getByLabel('Idioma')).toHaveValue('es')
})

test('the agenda import speaks French, reads French groupings and says why a row is left out', async () => {
  app = await startTestApp({ systemLanguages: ['fr-CA'] })
  const page = await app.openView('console')
  const sheet = join(app.outsideDir, 'journee.csv')
  await writeFile(
    sheet,
    [
      'Titre;Minutes;Regroupement',
      'Accueil;10;plénière',
      'Mentorat éclair;bientôt;binômes',
      'Cartes de mentorat;25;en petits groupes',
      'Clôture;10;toute la salle',
    ].join('\r\n'),
  )
  app.os.nextOpenPath = sheet
  await page.getByRole('button', { name: 'Importer…' }).click()
  const step = page.getByRole('region', { name: 'Importer journee.csv' })
  await expect(step).toContainText('4 lignes sous l’en-tête')
  await expect(step.getByRole('group', { name: 'Colonnes' })).toBeVisible()
  await expect(step).toContainText('3 exercices et 0 pause, 45 min.')
  await expect(step).toContainText('1 ligne est laissée de côté')
  await expect(step).toContainText('Ligne 3\u00a0: «\u00a0bientôt\u00a0» n’est pas une durée')
  const table = step.getByRole('table', { name: 'Ce que crée l’import' })
  await expect(table).toContainText('En petits groupes')
  await expect(table).toContainText('En plénière')
  await page.screenshot({ path: shotPath('import-fr.png'), fullPage: true })
  for (const word of ['rows under', 'Columns', 'Preview', 'left out', 'Add to the library'])
    expect(await step.innerText()).not.toContain(word)
  await step.getByRole('button', { name: 'Ajouter à la bibliothèque' }).click()
  await expect(page.getByRole('heading', { name: 'journee' })).toBeVisible()
})
