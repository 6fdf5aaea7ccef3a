import { expect, test } from '@playwright/test'
import { fail } from '@common/api/result'
import { startTestApp, type TestApp } from './harness'
import { startBuiltinSession } from './steps'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

test('a clock command the main process refuses is said on the console at once, and cleared by the next that works', async () => {
  const console = await app.openView('console')
  await startBuiltinSession(console)
  await expect(console.getByTestId('run-status')).toHaveText('Running')

  // The main process refuses the next command, as it does one it cannot carry out.
  const { runCommand } = app.services.handlers
  app.services.handlers.runCommand = () =>
    Promise.resolve(fail('io-error', 'The session could not be changed just now.'))
  await console.getByRole('button', { name: /^Pause/ }).click()
  const refusal = console.getByRole('alert')
  await expect(refusal).toContainText('Not done: The session could not be changed just now.')
  await expect(console.getByTestId('run-status')).toHaveText('Running')

  app.services.handlers.runCommand = runCommand
  await console.getByRole('button', { name: /^Pause/ }).click()
  await expect(console.getByTestId('run-status')).toHaveText('Paused')
  await expect(refusal).toHaveCount(0)
})
