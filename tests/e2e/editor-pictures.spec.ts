import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { SAMPLE_SVG, SCRIPTED_SVG, writePicture } from '../services/images/picture-samples'
import { startTestApp, type TestApp } from './harness'
import {
  readLibraryWorkshop,
  exerciseOf,
  openEditorOnCopy,
  seriousViolations,
  shotPath,
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

const agendaItem = (title: string) =>
  page.getByRole('region', { name: 'Agenda' }).getByRole('button', { name: title, exact: true })
const saveStatus = () => page.getByTestId('save-status')
const pictureGroup = (phase: number) =>
  page.getByRole('group', { name: `Phase ${String(phase)} picture`, exact: true })

test('a phase gets a picture with required alt text and a placement, saved by reference', async () => {
  await openEditorOnCopy(page)
  await agendaItem('My Network Map').click()
  const group = pictureGroup(1)
  await expect(group).toContainText('Shown on the room screen')

  app.os.nextOpenPath = await writePicture(app.outsideDir, 'think-pair-share.svg', SAMPLE_SVG)
  await group.getByRole('button', { name: 'Choose picture…' }).click()

  // The picture shows at once; without a description nothing is saved.
  const thumbnail = group.locator('.ed-picture-thumb img')
  await expect(thumbnail).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/)
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  const alt = page.getByLabel('Phase 1 picture description (alt text)')
  await expect(alt).toHaveAttribute('aria-invalid', 'true')
  await expect(group).toContainText('expected a description of the picture')
  await expect(saveStatus()).toHaveText('Not saved: fix 1 problem')

  await alt.fill('Three circles: Think, Pair, Share')
  await page.getByLabel('Phase 1 picture placement').selectOption('instead')
  await expect(page.getByLabel('Phase 1 prompts')).toHaveAccessibleDescription(
    /The room shows the picture instead; the run sheet keeps them/,
  )
  await expect(saveStatus()).toHaveText('Saved')
  const ref = (await readdir(join(app.libraryDir, 'pictures')))[0]
  expect(ref).toMatch(/^[0-9a-f]{64}\.svg$/)
  expect(
    exerciseOf(await readLibraryWorkshop(app.libraryDir), 'network-map').phases[0]?.image,
  ).toEqual({
    ref,
    alt: 'Three circles: Think, Pair, Share',
    placement: 'instead',
  })
  await group.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('editor-picture.png') })
  expect(await seriousViolations(page)).toEqual([])

  // Remove takes it off the phase; the picture stays in the store for other workshops.
  await group.getByRole('button', { name: 'Remove picture' }).click()
  await expect(group.getByRole('button', { name: 'Choose picture…' })).toBeVisible()
  await expect(saveStatus()).toHaveText('Saved')
  expect(
    exerciseOf(await readLibraryWorkshop(app.libraryDir), 'network-map').phases[0]?.image,
  ).toBeUndefined()
  expect(await readdir(join(app.libraryDir, 'pictures'))).toEqual([ref])
})

test('a file that is not a picture is refused with its reason, and the phase is unchanged', async () => {
  await openEditorOnCopy(page)
  await agendaItem('My Network Map').click()
  app.os.nextOpenPath = await writePicture(
    app.outsideDir,
    'agenda.png',
    Buffer.from('Agenda:\n1. Welcome'),
  )
  await pictureGroup(1).getByRole('button', { name: 'Choose picture…' }).click()
  await expect(pictureGroup(1).getByRole('alert')).toHaveText(
    'agenda.png: This file is not a PNG, JPEG or SVG picture.',
  )
  await expect(pictureGroup(1).getByRole('button', { name: 'Choose picture…' })).toBeVisible()
  await page.screenshot({ path: shotPath('editor-picture-refused.png') })
})

test('an SVG is drawn without running its script, its handlers or loading anything', async () => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await openEditorOnCopy(page)
  await agendaItem('My Network Map').click()
  app.os.nextOpenPath = await writePicture(app.outsideDir, 'scripted.svg', SCRIPTED_SVG)
  await pictureGroup(1).getByRole('button', { name: 'Choose picture…' }).click()
  const thumbnail = pictureGroup(1).locator('.ed-picture-thumb img')
  await expect
    .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0)
  await thumbnail.click()
  // The same bytes, opened as a document, would run: the flag proves the script is live.
  const asDocument = await page.context().newPage()
  await asDocument.setContent(SCRIPTED_SVG.toString())
  expect(
    await asDocument.evaluate(() => (window as unknown as { __svgRan?: string }).__svgRan),
  ).toBeDefined()
  await asDocument.close()

  expect(
    await page.evaluate(() => (window as unknown as { __svgRan?: string }).__svgRan),
  ).toBeUndefined()
  expect(requests.filter((url) => url.includes('example.com'))).toEqual([])
})

test('the break editor separates what the room shows from the note for the facilitator', async () => {
  await openEditorOnCopy(page)
  await agendaItem('Break').click()
  const roomText = page.getByLabel('Text for the room during the break')
  const note = page.getByLabel('Note for you (not shown on the room)')
  await expect(roomText).toHaveValue(/Stretch, refill your cup/)
  await expect(roomText).toHaveAccessibleDescription(/^Shown on the room during the break/)
  await expect(note).toHaveValue(/Set out dot stickers/)
  await expect(note).not.toHaveAccessibleDescription(/Shown on the room/)
  await roomText.fill('Coffee is in the lobby. Back in 15 minutes.')
  await note.fill('Put the dot stickers out now.')
  await expect(saveStatus()).toHaveText('Saved')
  const saved = (await readLibraryWorkshop(app.libraryDir)).exercises.find(
    (item) => item.kind === 'break',
  )
  expect(saved).toMatchObject({
    roomText: 'Coffee is in the lobby. Back in 15 minutes.',
    note: 'Put the dot stickers out now.',
  })
  await page.screenshot({ path: shotPath('break-editor.png') })
  expect(await seriousViolations(page)).toEqual([])
})

test('every field the room shows is marked, and the workshop chooses its room theme', async () => {
  await openEditorOnCopy(page)
  for (const label of ['Title', 'Subtitle', 'Credits'])
    await expect(page.getByLabel(label, { exact: true })).toHaveAccessibleDescription(
      /^Shown on the room screen/,
    )
  for (const label of ['Description', 'Audience'])
    await expect(page.getByLabel(label, { exact: true })).not.toHaveAccessibleDescription(
      /Shown on the room/,
    )
  await page.getByLabel('Room screen theme').selectOption('light')
  await expect(saveStatus()).toHaveText('Saved')
  expect((await readLibraryWorkshop(app.libraryDir)).roomTheme).toBe('light')
  // The copy keeps the built-in workshop's one partner all day until the author changes it.
  await expect(page.getByLabel('Pairing, as the roster panel starts')).toHaveValue('onePartner')
  await page.getByLabel('Pairing, as the roster panel starts').selectOption('newPartners')
  await expect(saveStatus()).toHaveText('Saved')
  expect((await readLibraryWorkshop(app.libraryDir)).pairing).toBe('newPartners')
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: shotPath('workshop-fields.png') })

  await agendaItem('My Network Map').click()
  for (const label of ['Exercise title', 'Phase 1 label', 'Phase 1 grouping', 'Phase 1 prompts'])
    await expect(page.getByLabel(label, { exact: true })).toHaveAccessibleDescription(
      /^Shown on the room screen/,
    )
  for (const label of ['Purpose', 'Phase 1 minutes'])
    await expect(page.getByLabel(label, { exact: true })).not.toHaveAccessibleDescription(
      /Shown on the room/,
    )
})
