import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { prepareBuiltinSession } from './steps'

let app: TestApp
let consolePage: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  await app.openView('room')
  consolePage = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

test('a closed room display is named in the console and opened again from there', async () => {
  await prepareBuiltinSession(consolePage)
  const reopen = consolePage.getByRole('button', { name: 'Open the room display' })
  await expect(reopen).toBeHidden()
  app.os.displays.closeRoomWindow()
  await expect(consolePage.getByText('The room display is closed.')).toBeVisible()
  await reopen.click()
  await expect(reopen).toBeHidden()
  expect(app.os.displays.roomWindowOpen).toBe(true)
  expect(app.os.displays.placements.length).toBeGreaterThan(0)
})
