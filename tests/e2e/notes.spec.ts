import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { readPdfText } from '../support/poppler'
import { startBuiltinSession, openBuiltinWorkshop, endSession } from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  page = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

async function addNote(text: string, tagKey?: string): Promise<void> {
  const input = page.getByRole('textbox', { name: /^Note/ })
  await input.fill(text)
  if (tagKey !== undefined) await input.press(`Alt+${tagKey}`)
  await input.press('Enter')
  await expect(page.getByRole('list', { name: 'Notes, oldest first' })).toContainText(text)
}

test('notes taken during a session survive a reload, and the debrief shows the plan, the time and the actions', async () => {
  await openBuiltinWorkshop(page)
  await page.getByRole('button', { name: /Run this workshop/ }).click()
  const details = page.getByRole('form', { name: 'Session details' })
  await details.getByLabel('Place').fill('Hatcher Library, Room 100')
  await details.getByLabel('Facilitator').fill('Zoë Martínez')
  await details.getByLabel('Participants').fill('18')
  await details.getByRole('button', { name: 'Keep in the record' }).click()
  await expect(details.getByText('Saved', { exact: true })).toBeVisible()

  await page.keyboard.press('Escape')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('run-status')).toHaveText('Running')
  await addNote('Several people named a peer, not a boss', 'I')
  // Typing a note never moves the clock.
  await expect(page.getByTestId('console-phase')).toContainText('Welcome and frame')

  // Welcome runs 4 minutes over its 10.
  await app.advance(14 * 60_000)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByTestId('console-phase')).toContainText('One that worked')
  await addNote('Ask the library dean about release time for mentors', 'A')
  await addNote('Does mentoring count toward promotion?', 'P')
  await addNote('Quiet table in the back corner', undefined)

  await page.reload()
  const notes = page.getByRole('list', { name: 'Notes, oldest first' })
  await expect(notes.getByRole('listitem')).toHaveCount(4)
  await expect(notes).toContainText('Does mentoring count toward promotion?')

  await notes.getByRole('button', { name: 'Edit note: Quiet table in the back corner' }).click()
  await notes.getByLabel('Note text').fill('Quiet table in the back corner: check in at the break')
  await notes.getByRole('button', { name: 'Save' }).click()
  await expect(notes).toContainText('check in at the break')

  await app.advance(12 * 60_000)
  await endSession(page)
  await page.getByRole('button', { name: 'Open the debrief' }).click()

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await expect(
    page.getByText(/Hatcher Library, Room 100 · Zoë Martínez · 18 participants/),
  ).toBeVisible()
  // Reached: welcome (14 of 10) and lessons (12 of 15): 26 against 25 planned.
  await expect(page.getByTestId('debrief-summary')).toHaveText(
    'Planned 3 h 45 min · actual 26 min · 1 min over plan',
  )
  await expect(page.getByRole('list', { name: 'Actions' })).toContainText(
    'Ask the library dean about release time for mentors',
  )
  await expect(page.getByRole('list', { name: 'Parking lot' })).toContainText(
    'Does mentoring count toward promotion?',
  )
  const chart = page.getByRole('img', { name: 'Planned and actual minutes per item' })
  await expect(chart).toContainText('14 min of 10 min, 4 min over')
  await expect(chart).toContainText('12 min of 15 min')
  await expect(
    page.getByRole('region', { name: 'Notes on Welcome: Who Taught Whom?' }),
  ).toContainText('Several people named a peer')

  // The debrief exports as PDF and as Markdown, with the notes and the actions in both.
  const pdf = join(app.outsideDir, 'debrief.pdf')
  app.os.nextSavePath = pdf
  await page.getByRole('button', { name: 'Save debrief as PDF…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(pdf)
  const pdfText = readPdfText(pdf)
  const markdownPath = join(app.outsideDir, 'debrief.md')
  app.os.nextSavePath = markdownPath
  await page.getByRole('button', { name: 'Save as Markdown…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(markdownPath)
  const markdown = await readFile(markdownPath, 'utf8')
  for (const text of [
    'Several people named a peer, not a boss',
    'Ask the library dean about release time for mentors',
    'Does mentoring count toward promotion?',
    'check in at the break',
  ]) {
    expect(pdfText).toContain(text)
    expect(markdown).toContain(text)
  }
  expect(markdown).toMatch(/Actions[\s\S]*Ask the library dean/)
  expect(app.os.opened).toEqual([pdf, markdownPath])

  // The record on disk holds the copy of the workshop, the timeline and every note.
  const folder = join(app.libraryDir, 'sessions')
  const [file] = (await readdir(folder)).filter((n) => n.endsWith('.session.json'))
  const record = JSON.parse(await readFile(join(folder, file!), 'utf8'))
  expect(record.notes).toHaveLength(4)
  expect(record.place).toBe('Hatcher Library, Room 100')
  expect(record.workshop.title).toBe('Mentoring Both Ways')
  expect(record.timeline.at(-1).kind).toBe('ended')
})

test('the sessions list shows the newest first and deletes to the trash', async () => {
  for (const minutes of [5, 7]) {
    await startBuiltinSession(page)
    await app.advance(minutes * 60_000)
    await endSession(page)
    await page.getByRole('button', { name: /Leave session/ }).click()
    await page.getByRole('button', { name: /All workshops/ }).click()
    await app.advance(60 * 60_000)
  }
  await page.getByRole('button', { name: 'Sessions' }).click()
  const list = page.getByRole('list', { name: 'Sessions, newest first' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list.getByRole('listitem').first()).toContainText('10:00–10:07')
  await list.getByRole('listitem').first().getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('button', { name: 'Move to trash' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(1)
  expect(
    (await readdir(app.os.trashFolder)).filter((n) => n.endsWith('.session.json')),
  ).toHaveLength(1)
})
