import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { buildLongWorkshop } from './room-fixtures'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

test('the editor previews the real room in projector shapes and flags a phase too long for it', async () => {
  await writeFile(
    join(app.libraryDir, 'long.workshop.json'),
    JSON.stringify(buildLongWorkshop(), null, 2),
  )
  const page = await app.openView('console')
  await page
    .getByRole('listitem', { name: /Long prompts/ })
    .getByRole('button', { name: 'Open' })
    .click()
  await page.getByRole('button', { name: /Edit/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Editing')
  await page
    .getByRole('region', { name: 'Agenda' })
    .getByRole('button', { name: 'Welcome: Who Taught Whom?', exact: true })
    .click()
  const preview = page.getByTestId('room-preview')
  await expect(preview).toContainText('Welcome and frame')
  await expect(preview).toContainText('Continued on your worksheet')
  await expect(preview).not.toContainText('Paused')
  const wide = await page.getByTestId('room-preview-16:9').boundingBox()
  expect((wide?.width ?? 0) / (wide?.height ?? 1)).toBeCloseTo(16 / 9, 1)
  await expect(page.getByTestId('room-preview-warning')).toContainText(
    'Too long for the room at 16:9 / 4:3',
  )
  if (process.env.ROOM_SHOTS !== undefined)
    await page
      .locator('.ed-previews')
      .screenshot({ path: join(process.env.ROOM_SHOTS, 'editor-preview.png') })
})
