import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import { buildDebrief } from '@common/domain/session/debrief'
import { makeFinishedSession } from '../support/session-fixtures'
import { openEditorOnCopy, shotPath } from './editing-steps'
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

const visibleFiles = async () =>
  (await readdir(app.libraryDir)).filter((n) => !n.startsWith('.')).sort()

test('import a CSV agenda through the mapping step, fixing a column the guess missed', async () => {
  const sheet = join(app.outsideDir, 'spring-cohort.csv')
  await writeFile(
    sheet,
    [
      '\uFEFFSession;Length;Pair up;Notes',
      'Welcome and intentions;10;plenary;Name tags at the door',
      'Speed mentoring;0:30;pairs;',
      'Coffee break;15;;',
      'Mentoring maps;25 min;fishbowl;',
      'Closing circle;10;whole room;',
    ].join('\r\n'),
  )
  app.os.nextOpenPath = sheet
  await page.getByRole('button', { name: 'Import…' }).click()
  const step = page.getByRole('region', { name: 'Import spring-cohort.csv' })
  await expect(step).toBeVisible()
  // "Session", "Length" and "Notes" are known headers; "Pair up" is not.
  await expect(step.getByLabel('Title', { exact: true })).toHaveValue('0')
  await expect(step.getByLabel('Grouping')).toHaveValue('')
  await step.getByLabel('Grouping').selectOption({ label: 'C: Pair up' })
  const preview = step.getByRole('table', { name: 'What the import makes' })
  await expect(preview.getByRole('row')).toHaveCount(5)
  await expect(step).toContainText('3 exercises and 1 break, 1 h 5 min.')
  await expect(step.getByRole('status')).toContainText(
    'Row 5: “fishbowl” is not a grouping: write solo, pairs, trios, small groups or whole room',
  )
  await page.screenshot({ path: shotPath('import-mapping.png'), fullPage: true })
  expect(await visibleFiles()).toEqual([])

  await step.getByLabel('Workshop title').fill('Spring cohort')
  await step.getByRole('button', { name: 'Add to the library' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spring cohort')
  expect(await visibleFiles()).toEqual(['spring-cohort.workshop.json'])
  const saved = JSON.parse(
    await readFile(join(app.libraryDir, 'spring-cohort.workshop.json'), 'utf8'),
  )
  expect(saved.exercises[1].phases[0]).toMatchObject({ minutes: 30, grouping: 'pairs' })
})

test('export the built-in agenda as a spreadsheet and as a calendar', async () => {
  await page
    .getByRole('listitem', { name: /Mentoring/ })
    .getByRole('button', { name: 'Open' })
    .click()
  const panel = page.getByRole('region', { name: 'Export the agenda' })
  const xlsx = join(app.outsideDir, 'agenda.xlsx')
  app.os.nextSavePath = xlsx
  await panel.getByRole('button', { name: 'Save the agenda…' }).click()
  await expect(panel).toContainText(`Saved ${xlsx}`)
  const rows = await readSheet(await readFile(xlsx))
  expect(rows[0]).toEqual([
    'Title',
    'Kind',
    'Minutes',
    'Start',
    'Phase',
    'Grouping',
    'Prompts',
    'Purpose',
    'Notes',
  ])

  await panel.getByLabel('Calendar (.ics)').check()
  await expect(panel.getByRole('button', { name: 'Save the agenda…' })).toBeDisabled()
  await panel.getByLabel('Date').fill('2026-12-03')
  await panel.getByLabel('Room').fill('Hatcher Library, Room 100')
  await panel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('agenda-export.png') })
  const ics = join(app.outsideDir, 'agenda.ics')
  app.os.nextSavePath = ics
  await panel.getByRole('button', { name: 'Save the agenda…' }).click()
  await expect(panel).toContainText(`Saved ${ics}`)
  expect((await readFile(ics, 'utf8')).match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(5)
})

test('the workshop page shows what its past sessions took beside each item', async () => {
  const sessions = join(app.libraryDir, 'sessions')
  await mkdir(sessions, { recursive: true })
  const session = makeFinishedSession()
  for (const name of ['march', 'april'])
    await writeFile(
      join(sessions, `${name}.session.json`),
      JSON.stringify({ ...session, id: name }),
    )
  await page
    .getByRole('listitem', { name: /Mentoring/ })
    .getByRole('button', { name: 'Open' })
    .click()
  const agenda = page.getByRole('table', { name: 'Agenda' })
  await expect(agenda.getByRole('columnheader', { name: 'In 2 sessions' })).toBeVisible()
  const first = buildDebrief(session).rows[0]
  await expect(agenda.getByRole('row').nth(1)).toContainText(
    `usually ${String(first?.actualMinutes)} min (`,
  )
  await agenda.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('workshop-history.png') })
})

test('the editor offers an exercise’s typical time from past sessions', async () => {
  const sessions = join(app.libraryDir, 'sessions')
  await mkdir(sessions, { recursive: true })
  const session = makeFinishedSession()
  const workshopRef = { source: 'library', fileName: 'mentoring-both-ways-copy.workshop.json' }
  for (const name of ['march', 'april'])
    await writeFile(
      join(sessions, `${name}.session.json`),
      JSON.stringify({ ...session, id: name, workshopRef }),
    )
  await openEditorOnCopy(page)
  await page
    .getByRole('region', { name: 'Agenda' })
    .getByRole('button', { name: 'My Network Map', exact: true })
    .click()
  const typical = buildDebrief(session).rows[2]?.actualMinutes ?? 0
  const line = page.locator('.ed-typical')
  await expect(line).toContainText(`In 2 past sessions it took ${String(typical)} min`)
  await line.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('editor-typical-time.png') })
  await line.getByRole('button', { name: 'Use the typical time' }).click()
  await expect(line).toContainText(`planned now: ${String(Math.round(typical))} min`)
  await expect(line.getByRole('button')).toHaveCount(0)
})
