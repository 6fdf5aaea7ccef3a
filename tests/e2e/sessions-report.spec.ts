import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { readSheet } from 'read-excel-file/node'
import { shotPath } from './editing-steps'
import { endSession, openBuiltinWorkshop, startBuiltinSession } from './steps'
import { startTestApp, type TestApp } from './harness'

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

/** Runs the built-in workshop for some minutes, ends it and goes back to the library. */
async function runFor(minutes: number): Promise<void> {
  await startBuiltinSession(page)
  await app.advance(minutes * 60_000)
  await endSession(page)
  await page.getByRole('button', { name: /Leave session/ }).click()
  await page.getByRole('button', { name: /All workshops/ }).click()
  await app.advance(60 * 60_000)
}

test('the debrief compares a session with the one before, and the report across sessions saves as sheets', async () => {
  await runFor(5)
  await runFor(7)

  await page.getByRole('button', { name: 'Sessions' }).click()
  const list = page.getByRole('list', { name: 'Sessions, newest first' })
  await list.getByRole('listitem').last().getByRole('button', { name: 'Debrief' }).click()
  // The first session has nothing before it to compare with.
  await expect(page.getByTestId('debrief-summary')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Against the earlier sessions' })).toHaveCount(0)
  await page.getByRole('button', { name: '← Sessions' }).click()
  await list.getByRole('listitem').first().getByRole('button', { name: 'Debrief' }).click()
  const comparison = page.getByRole('region', { name: 'Against the earlier sessions' })
  await expect(comparison.getByTestId('comparison-summary')).toHaveText(
    'This session took 7 min, 2 min longer than usual (5 min typically, over 1 earlier session).',
  )
  await expect(comparison.getByRole('row').nth(1)).toContainText(
    '7 min5 min2 min longer than usual',
  )
  // Only the item some session reached is compared.
  await expect(comparison.getByRole('row')).toHaveCount(2)
  await comparison.scrollIntoViewIfNeeded()
  await page.screenshot({ path: shotPath('debrief-comparison-en.png') })

  await page.getByRole('button', { name: '← Sessions' }).click()
  await page.getByRole('button', { name: '← All workshops' }).click()
  await openBuiltinWorkshop(page)
  await page.getByRole('button', { name: 'Report across sessions' }).click()
  const report = page.getByRole('table', { name: 'Planned and actual across sessions' })
  await expect(report.getByRole('row').nth(1)).toContainText('6 min')
  await expect(page.getByText('How long each item took, over 2 sessions.')).toBeVisible()
  await page.screenshot({ path: shotPath('sessions-report-en.png') })

  const csv = join(app.outsideDir, 'across.csv')
  app.os.nextSavePath = csv
  await page.getByRole('button', { name: 'Save as .csv…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(csv)
  const lines = (await readFile(csv, 'utf8')).split(/\r?\n/)
  expect(lines[0]).toContain('Median actual')
  expect(lines[1]).toContain('Mentoring Both Ways')

  const xlsx = join(app.outsideDir, 'across.xlsx')
  app.os.nextSavePath = xlsx
  await page.getByRole('button', { name: 'Save as .xlsx…' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(xlsx)
  const rows = await readSheet(await readFile(xlsx))
  expect(rows[0]?.[5]).toBe('Median actual')
  expect(rows[1]?.slice(3, 6)).toEqual([2, expect.any(Number), 6])
})
