import { mkdir, rm } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

test('the library says its folder is gone, rather than showing no workshops, until it is back', async () => {
  const created = await app.services.handlers.createWorkshop({ title: 'Kept on the stick' })
  expect(created.ok).toBe(true)
  const page = await app.openView('console')
  const workshops = page.getByRole('list', { name: 'Workshops' })
  await expect(workshops.getByRole('listitem', { name: /Kept on the stick/ })).toBeVisible()

  await rm(app.libraryDir, { recursive: true })
  const alert = page.getByRole('alert').filter({ hasText: 'library folder cannot be found' })
  await expect(alert).toBeVisible()
  await expect(workshops.getByRole('listitem', { name: /Kept on the stick/ })).toHaveCount(0)

  // The drive is back: the folder is looked for every couple of seconds.
  await mkdir(app.libraryDir)
  await expect(alert).toHaveCount(0, { timeout: 15_000 })
})
