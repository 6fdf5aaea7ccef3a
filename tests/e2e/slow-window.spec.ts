import { expect, test } from '@playwright/test'
import { prepareBuiltinSession } from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp

test.afterEach(async () => {
  await app.close()
})

// On a busy computer the room's screen code can arrive after the console has opened a workshop:
// the changes announced meanwhile reached no listener, and the room kept its first, empty answer.
test('a room display whose screen loads late still shows the workshop opened meanwhile', async () => {
  app = await startTestApp({ manualClock: true, heldFiles: /RoomDisplay-[\w-]+\.js$/ })
  const room = await app.openView('room')
  const consolePage = await app.openView('console')
  await prepareBuiltinSession(consolePage)
  app.releaseHeldFiles()
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await consolePage.getByRole('button', { name: /^Start/ }).click()
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')
})
