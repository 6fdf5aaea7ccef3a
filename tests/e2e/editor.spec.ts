import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { totalMinutes } from '@common/domain/workshop/schedule'
import { readPdfText } from '../support/poppler'
import { startTestApp, type TestApp } from './harness'
import {
  libraryWorkshopFile,
  readLibraryWorkshop,
  exerciseOf,
  openEditorOnCopy,
} from './editing-steps'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp()
  page = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

const agenda = () => page.getByRole('region', { name: 'Agenda' })
const agendaItem = (title: string) => agenda().getByRole('button', { name: title, exact: true })
const saveStatus = () => page.getByTestId('save-status')

test('edit a copy of the built-in workshop end to end: fields, order, a new exercise, undo, fit, export', async () => {
  await openEditorOnCopy(page)

  // Rename, then retime and reword a phase; the room preview follows.
  await page.getByLabel('Title', { exact: true }).fill('Ninety-minute mentoring')
  await agendaItem('My Network Map').click()
  await page.getByLabel('Phase 1 minutes').fill('12')
  const prompt = 'Draw everyone who taught you something this year.'
  await page.getByLabel('Phase 1 prompts').fill(prompt)
  await expect(page.getByTestId('room-preview')).toContainText(prompt)
  await expect(page.getByTestId('room-preview')).toContainText('Map your network')
  await expect(saveStatus()).toHaveText('Saved')
  let onDisk = await readLibraryWorkshop(app.libraryDir)
  expect(onDisk.title).toBe('Ninety-minute mentoring')
  expect(exerciseOf(onDisk, 'network-map').phases[0]).toMatchObject({
    minutes: 12,
    prompts: [prompt],
  })

  // Reorder by keyboard: Journey Snapshot moves above My Network Map and keeps the focus.
  await agendaItem('Journey Snapshot').focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(agendaItem('Journey Snapshot')).toBeFocused()
  const titles = agenda().getByTestId('agenda-row').locator('.ed-agenda-title')
  await expect(titles.nth(2)).toHaveText('Journey Snapshot')
  await expect(titles.nth(3)).toHaveText('My Network Map')

  // A new exercise after the selected one, with two phases and a worksheet table.
  await agendaItem('Journey Snapshot').click()
  await agenda().getByRole('button', { name: '+ Add exercise' }).click()
  await page.getByLabel('Exercise title').fill('Mentor speed-dating')
  await page.getByRole('button', { name: '+ Add phase' }).click()
  await page.getByLabel('Phase 1 label').fill('Prepare')
  await page.getByLabel('Phase 2 label').fill('Rotate')
  await page.getByLabel('Phase 2 prompts').fill('Ask what they could teach you.\nSwap seats.')
  await page.getByLabel('New block kind').selectOption('table')
  await page.getByRole('button', { name: '+ Add block' }).click()
  await page.getByLabel('Block 2 label').fill('Who I met')
  await page.getByLabel('Block 2 columns').fill('Name\nWhat they could teach')
  await page.getByLabel('Block 2 rows').fill('6')
  await page.getByLabel('Block 2 rows').blur()
  await expect(page.getByTestId('worksheet-preview')).toContainText('What they could teach')
  await expect(titles.nth(3)).toHaveText('Mentor speed-dating')

  // Undo (button and keys) and redo.
  await page.getByRole('button', { name: '↶ Undo' }).click()
  await expect(page.getByLabel('Block 2 rows')).toHaveValue('4')
  await page.keyboard.press('Control+z')
  await expect(page.getByLabel('Block 2 columns')).toHaveValue('First column\nSecond column')
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByLabel('Block 2 rows')).toHaveValue('6')
  await expect(page.getByLabel('Block 2 columns')).toHaveValue('Name\nWhat they could teach')

  // An invalid field is named at the field and nothing is saved until it is fixed.
  await page.getByLabel('Phase 2 minutes').fill('0')
  await expect(page.getByLabel('Phase 2 minutes')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('expected a positive number').first()).toBeVisible()
  await expect(saveStatus()).toHaveText('Not saved: fix 1 problem')
  await page.getByLabel('Phase 2 minutes').fill('8')

  // Fit to 90 minutes: the proposal is shown, then applied.
  await page.getByLabel('Fit to (minutes)').fill('90')
  await page.getByRole('button', { name: 'Propose' }).click()
  const fit = page.getByRole('region', { name: 'Fit to a slot' })
  await expect(fit.getByRole('status')).toContainText('→ 1 h 30 min')
  await expect(fit.getByRole('listitem').first()).toBeVisible()
  await fit.getByRole('button', { name: 'Apply' }).click()
  await expect(agenda()).toContainText('Total: 1 h 30 min')
  await expect(saveStatus()).toHaveText('Saved')

  onDisk = await readLibraryWorkshop(app.libraryDir)
  expect(onDisk.title).toBe('Ninety-minute mentoring')
  expect(totalMinutes(onDisk)).toBeLessThanOrEqual(90)
  expect(onDisk.exercises.slice(0, 4).map((item) => item.id)).toEqual([
    'welcome',
    'past-mentoring',
    'journey-snapshot',
    'new-exercise',
  ])
  const added = exerciseOf(onDisk, 'new-exercise')
  expect(added.title).toBe('Mentor speed-dating')
  expect(added.phases.map((phase) => phase.label)).toEqual(['Prepare', 'Rotate'])
  expect(added.worksheet.blocks[1]).toMatchObject({
    kind: 'table',
    label: 'Who I met',
    columns: ['Name', 'What they could teach'],
    rows: 6,
  })
  expect(exerciseOf(onDisk, 'network-map').phases[0]?.prompts).toEqual([prompt])

  // Leaving the editor gives the file the new title's name, as renaming in the library does.
  await page.getByRole('button', { name: '← Done editing' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ninety-minute mentoring')
  expect(await libraryWorkshopFile(app.libraryDir)).toBe(
    join(app.libraryDir, 'ninety-minute-mentoring.workshop.json'),
  )
  expect((await readLibraryWorkshop(app.libraryDir)).exercises).toEqual(onDisk.exercises)

  // Reload: the edits come back from disk, and the room preview shows the new prompt.
  await page.reload()
  await page
    .getByRole('listitem', { name: /Ninety-minute mentoring/ })
    .getByRole('button', { name: 'Open' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ninety-minute mentoring')
  await page.getByRole('button', { name: '✎ Edit' }).click()
  await agendaItem('My Network Map').click()
  await expect(page.getByTestId('room-preview')).toContainText(prompt)
  await page.getByRole('button', { name: '← Done editing' }).click()

  // The exported worksheet of the new exercise has its table.
  const panel = page.getByRole('region', { name: 'Print handouts' })
  await panel.getByLabel('One exercise’s worksheet').check()
  await panel.getByLabel('Exercise', { exact: true }).selectOption({ label: 'Mentor speed-dating' })
  await panel.getByLabel('Open the PDF after saving').uncheck()
  const target = join(app.outsideDir, 'speed-dating.pdf')
  app.os.nextSavePath = target
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('status')).toContainText('Saved')
  const text = readPdfText(target)
  expect(text).toContain('Mentor speed-dating')
  expect(text).toContain('What they could teach')
})

test('a file changed outside the editor is not overwritten until the facilitator chooses', async () => {
  await openEditorOnCopy(page)
  const path = await libraryWorkshopFile(app.libraryDir)
  const outside = await readLibraryWorkshop(app.libraryDir)
  await writeFile(path, JSON.stringify({ ...outside, title: 'Changed elsewhere' }, null, 2))
  await page.getByLabel('Subtitle').fill('Mine')
  await expect(saveStatus()).toContainText('changed outside the editor')
  expect((await readLibraryWorkshop(app.libraryDir)).title).toBe('Changed elsewhere')
  await page.getByRole('button', { name: 'Load the version on disk' }).click()
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Changed elsewhere')
  await expect(saveStatus()).toHaveText('Saved')

  // Changed elsewhere again; this time the facilitator keeps their own version.
  await writeFile(path, JSON.stringify({ ...outside, title: 'Changed again' }, null, 2))
  await page.getByLabel('Subtitle').fill('Mine after all')
  await expect(saveStatus()).toContainText('changed outside the editor')
  await page.getByRole('button', { name: 'Keep mine (overwrite)' }).click()
  await expect(saveStatus()).toHaveText('Saved')
  expect(await readLibraryWorkshop(app.libraryDir)).toMatchObject({
    title: 'Changed elsewhere',
    subtitle: 'Mine after all',
  })
})

test('copy an exercise from the built-in workshop into your own', async () => {
  await openEditorOnCopy(page)
  await agendaItem('Welcome: Who Taught Whom?').click()
  const copy = page.getByRole('region', { name: 'Copy exercises from…' })
  await copy.getByLabel('From workshop').selectOption({ label: 'Mentoring Both Ways (built-in)' })
  await copy.getByLabel('Exercise to copy').selectOption({ label: 'Meeting Norms Quick-Set' })
  await copy.getByRole('button', { name: 'Copy in after the selected item' }).click()
  const titles = agenda().getByTestId('agenda-row').locator('.ed-agenda-title')
  await expect(titles.nth(1)).toHaveText('Meeting Norms Quick-Set')
  await expect(saveStatus()).toHaveText('Saved')
  const onDisk = await readLibraryWorkshop(app.libraryDir)
  expect(onDisk.exercises[1]?.id).toBe('meeting-norms-2')
})

test('reorder the agenda by dragging an item, and by its move buttons', async () => {
  await openEditorOnCopy(page)
  const rows = agenda().getByTestId('agenda-row')
  const titles = rows.locator('.ed-agenda-title')
  await rows.nth(4).dragTo(rows.nth(0))
  await expect(titles.nth(0)).toHaveText('Back-to-Back: Describe & Draw')
  await expect(titles.nth(1)).toHaveText('Welcome: Who Taught Whom?')
  await agenda().getByRole('button', { name: 'Move “Welcome: Who Taught Whom?” up' }).click()
  await expect(titles.nth(0)).toHaveText('Welcome: Who Taught Whom?')
  await expect(saveStatus()).toHaveText('Saved')
  const onDisk = await readLibraryWorkshop(app.libraryDir)
  expect(onDisk.exercises.slice(0, 3).map((item) => item.id)).toEqual([
    'welcome',
    'back-to-back',
    'past-mentoring',
  ])
})

test('the editor has no serious or critical accessibility violations', async () => {
  await openEditorOnCopy(page)
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  expect(await serious()).toEqual([])
  await page.screenshot({ path: test.info().outputPath('editor-details.png') })
  await agendaItem('My Network Map').click()
  await page.getByLabel('Phase 1 minutes').fill('0')
  await expect(page.getByLabel('Phase 1 minutes')).toHaveAttribute('aria-invalid', 'true')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: test.info().outputPath('editor-exercise.png') })
  await page.getByLabel('Phase 1 minutes').scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('editor-phase.png') })
  expect(await serious()).toEqual([])
})
