import { expect, test } from '@playwright/test'
import { startBuiltinSession, openBuiltinWorkshop, endSession } from './steps'
import { startTestApp, type TestApp } from './harness'
import { seriousViolations } from './editing-steps'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

test('the library, workshop and session screens of the console have no serious or critical violations', async () => {
  const page = await app.openView('console')
  await expect(page.getByRole('listitem', { name: /Mentoring/ })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await openBuiltinWorkshop(page)
  await expect(page.getByRole('table')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: /Run this workshop/ }).click()
  await expect(page.getByTestId('run-status')).toHaveText('Ready to start')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('run-status')).toHaveText('Running')
  expect(await seriousViolations(page)).toEqual([])
})

test('the sessions list, the debrief and the sound and display settings have no serious or critical violations', async () => {
  const page = await app.openView('console')
  await startBuiltinSession(page)
  await page.getByRole('tab', { name: 'Sound and displays' }).click()
  await expect(page.getByRole('button', { name: 'Test the chimes' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('tab', { name: 'Notes' }).click()
  const input = page.getByRole('textbox', { name: /^Note/ })
  await input.fill('Follow up with the dean')
  await input.press('Alt+A')
  await input.press('Enter')
  await app.advance(5 * 60_000)
  await endSession(page)
  await page.getByRole('button', { name: 'Open the debrief' }).click()
  await expect(page.getByTestId('debrief-summary')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: '← Sessions' }).click()
  await expect(page.getByRole('list', { name: 'Sessions, newest first' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the room display has no serious or critical violations in any state', async () => {
  const room = await app.openView('room')
  const page = await app.openView('console')
  expect(await seriousViolations(room)).toEqual([])
  await openBuiltinWorkshop(page)
  await page.getByRole('button', { name: /Run this workshop/ }).click()
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  expect(await seriousViolations(room)).toEqual([])
  await page.keyboard.press('Space')
  await expect(room.getByRole('timer')).toBeVisible()
  expect(await seriousViolations(room)).toEqual([])
  await app.advance(2 * 60_000 + 30_000)
  await expect(room.getByRole('timer')).toHaveClass(/tone-warning/)
  expect(await seriousViolations(room)).toEqual([])
  await app.advance(60_000)
  await expect(room.getByRole('timer')).toHaveClass(/tone-overtime/)
  await page.getByLabel(/Message to the room/).fill('Please come back to your seats')
  await page.keyboard.press('Enter')
  await expect(room.getByRole('status')).toBeVisible()
  expect(await seriousViolations(room)).toEqual([])
  await page.keyboard.press('b')
  await expect(room.getByLabel('Screen paused by the facilitator')).toBeVisible()
  expect(await seriousViolations(room)).toEqual([])
})
