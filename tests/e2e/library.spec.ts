import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp()
  page = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

const card = (title: RegExp | string) => page.getByRole('listitem', { name: title })
const visibleFiles = async () =>
  (await readdir(app.libraryDir)).filter((n) => !n.startsWith('.')).sort()

test('duplicate the built-in workshop to edit it, rename the copy, and delete it to the trash', async () => {
  await card(/Mentoring/)
    .getByRole('button', { name: 'Duplicate to edit' })
    .click()
  // The copy keeps the title the room shows; the card and the file name tell it apart.
  const copy = card(/Copy of “Mentoring Both Ways”/)
  await expect(copy).toBeVisible()
  await expect(copy.getByRole('heading')).toHaveText('Mentoring Both Ways')
  await expect(copy).toContainText('mentoring-both-ways-copy.workshop.json')
  await expect(copy).not.toContainText('read-only')
  expect(await visibleFiles()).toEqual(['mentoring-both-ways-copy.workshop.json'])

  await copy.getByRole('button', { name: 'Rename' }).click()
  await copy.getByLabel('New title').fill('Spring mentoring cohort')
  await copy.getByRole('button', { name: 'Rename' }).click()
  await expect(card('Spring mentoring cohort')).toBeVisible()
  expect(await visibleFiles()).toEqual(['spring-mentoring-cohort.workshop.json'])

  await card('Spring mentoring cohort').getByRole('button', { name: 'Delete' }).click()
  await card('Spring mentoring cohort').getByRole('button', { name: 'Move to trash' }).click()
  await expect(card('Spring mentoring cohort')).toHaveCount(0)
  expect(await visibleFiles()).toEqual([])
  expect(await readdir(app.os.trashFolder)).toEqual(['spring-mentoring-cohort.workshop.json'])
})

test('the built-in workshop opens read-only with a way to duplicate it', async () => {
  await card(/Mentoring/)
    .getByRole('button', { name: 'Open' })
    .click()
  // Wait for the workshop screen itself: the library card has the same badge and button.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await expect(page.getByText('Built-in · read-only')).toBeVisible()
  await page.getByRole('button', { name: 'Duplicate to edit' }).click()
  await expect(page.getByText('Built-in · read-only')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  expect(await visibleFiles()).toEqual(['mentoring-both-ways-copy.workshop.json'])
})

test('create a new workshop, export it, and import a colleague’s file', async () => {
  await page.getByRole('button', { name: 'New workshop' }).click()
  await page.getByLabel('Title of the new workshop').fill('Łukasz’s reading group')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Łukasz’s reading group')
  await page.getByRole('button', { name: /All workshops/ }).click()

  const exportPath = join(app.outsideDir, 'to-share.workshop.json')
  app.os.nextSavePath = exportPath
  await card('Łukasz’s reading group').getByRole('button', { name: 'Export…' }).click()
  await expect
    .poll(async () => (await readdir(app.outsideDir)).includes('to-share.workshop.json'))
    .toBe(true)
  const exported = JSON.parse(await readFile(exportPath, 'utf8'))
  expect(exported.title).toBe('Łukasz’s reading group')

  const colleague = join(app.outsideDir, 'colleague.json')
  await writeFile(colleague, JSON.stringify({ ...exported, title: 'From the branch library' }))
  app.os.nextOpenPath = colleague
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('From the branch library')
  expect(await visibleFiles()).toEqual([
    'from-the-branch-library.workshop.json',
    'lukasz-s-reading-group.workshop.json',
  ])
})

test('importing an invalid file says which field is wrong and adds nothing', async () => {
  const bad = join(app.outsideDir, 'bad.json')
  await writeFile(bad, JSON.stringify({ schemaVersion: 1, title: 'Bad', exercises: [] }))
  app.os.nextOpenPath = bad
  await page.getByRole('button', { name: 'Import…' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    'Could not import bad.json: it is a workshop, but some of it is not valid',
  )
  await expect(alert).toContainText('exercises: expected at least 1 exercise')
  expect(await visibleFiles()).toEqual([])
})

test('a broken file is listed with its message, left alone, and restored from its backup', async () => {
  await page.getByRole('button', { name: 'New workshop' }).click()
  await page.getByLabel('Title of the new workshop').fill('Drafts')
  await page.getByRole('button', { name: 'Create' }).click()
  await page.getByRole('button', { name: /All workshops/ }).click()
  const path = join(app.libraryDir, 'drafts.workshop.json')
  const good = await readFile(path, 'utf8')
  // Saving once more keeps the first version as the backup.
  await writeFile(join(app.libraryDir, '.drafts.workshop.json.bak'), good)
  const damaged = good.replace('"minutes": 5', '"minutes": 0')
  await writeFile(path, damaged)

  const broken = page.getByRole('region', { name: /could not be opened/ })
  await expect(broken).toContainText('drafts.workshop.json')
  await expect(broken).toContainText('exercises[0].phases[0].minutes: expected a positive number')
  await expect(card('Drafts')).toHaveCount(0)
  await expect(card(/Mentoring/)).toBeVisible()
  expect(await readFile(path, 'utf8')).toBe(damaged)

  await broken.getByRole('button', { name: 'Restore last good version' }).click()
  await expect(card('Drafts')).toBeVisible()
  await expect(page.getByRole('region', { name: /could not be opened/ })).toHaveCount(0)
})

test('files added, changed and removed outside the app show up without a restart', async () => {
  await expect(card(/Mentoring/)).toBeVisible()
  const builtin = await app.dispatch({
    name: 'openWorkshop',
    arg: { ref: { source: 'builtin', id: 'mentoring-guide' } },
    senderUrl: app.appUrl,
  })
  const workshop = builtin.ok
    ? (builtin.value as { workshop: Record<string, unknown> }).workshop
    : {}
  const path = join(app.libraryDir, 'synced.workshop.json')
  await writeFile(path, JSON.stringify({ ...workshop, title: 'Synced from the shared drive' }))
  await expect(card('Synced from the shared drive')).toBeVisible()
  await writeFile(path, JSON.stringify({ ...workshop, title: 'Edited on another laptop' }))
  await expect(card('Edited on another laptop')).toBeVisible()
  await writeFile(path, '{ "schemaVersion": 1, ')
  await expect(page.getByRole('region', { name: /could not be opened/ })).toContainText(
    'This file is not valid JSON: line 1, column 23 (the text ends too early)',
  )
  const { rm } = await import('node:fs/promises')
  await rm(path)
  await expect(page.getByRole('region', { name: /could not be opened/ })).toHaveCount(0)
})

test('an open workshop changed on disk is flagged, and reloads only when the user chooses', async () => {
  await page.getByRole('button', { name: 'New workshop' }).click()
  await page.getByLabel('Title of the new workshop').fill('Shared')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared')
  const path = join(app.libraryDir, 'shared.workshop.json')
  const text = await readFile(path, 'utf8')
  await writeFile(
    path,
    text.replace('"description": ""', '"description": "Changed by a colleague"'),
  )
  await expect(page.getByText('changed or removed outside Facilitator')).toBeVisible()
  await expect(page.getByText('Changed by a colleague')).toHaveCount(0)
  await page.getByRole('button', { name: 'Load the version on disk' }).click()
  await expect(page.getByText('Changed by a colleague')).toBeVisible()
})

test('the library folder can be changed, and the choice is kept in settings', async () => {
  const elsewhere = join(app.outsideDir, 'Team workshops')
  app.os.nextFolder = elsewhere
  await page.getByRole('button', { name: 'Change folder…' }).click()
  await expect(page.getByText(elsewhere)).toBeVisible()
  await app.services.flush()
  expect(
    JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8')).libraryFolder,
  ).toBe(elsewhere)
})
