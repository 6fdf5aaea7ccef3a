import { expect, type Page } from '@playwright/test'
import type { AppLanguageChoice } from '@common/api/run-types'

/** Opens the built-in workshop from the library and waits for its own screen. */
export async function openBuiltinWorkshop(console: Page): Promise<void> {
  await console
    .getByRole('listitem', { name: /Mentoring/ })
    .getByRole('button', { name: 'Open' })
    .click()
  await expect(console.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
}

/** Opens the built-in workshop and prepares a session on it, clock not yet started. */
export async function prepareBuiltinSession(console: Page): Promise<void> {
  await openBuiltinWorkshop(console)
  await console.getByRole('button', { name: /Run this workshop/ }).click()
  await expect(console.getByTestId('run-status')).toHaveText('Ready to start')
}

/** Presses Space and waits until the main process has the clock running. */
export async function pressStart(console: Page): Promise<void> {
  await console.keyboard.press('Space')
  await expect(console.getByTestId('run-status')).toHaveText('Running')
}

/** A session on the built-in workshop with its clock running. */
export async function startBuiltinSession(console: Page): Promise<void> {
  await prepareBuiltinSession(console)
  await pressStart(console)
}

/** Ends the running session: End session, then the confirmation. */
export async function endSession(console: Page): Promise<void> {
  await console.getByRole('button', { name: 'End session…' }).click()
  await console
    .getByRole('dialog', { name: 'End the session?' })
    .getByRole('button', { name: 'End session', exact: true })
    .click()
  await expect(console.getByTestId('run-status')).toHaveText('Session ended')
}

/** Opens one of the console's side panels by its tab: Notes, Groups, Room’s network, Print… */
export async function openSidePanel(console: Page, tab: string): Promise<void> {
  const button = console.getByRole('tab', { name: tab })
  await button.click()
  await expect(button).toHaveAttribute('aria-selected', 'true')
}

/** The console's language, as the facilitator sets it in the preferences. */
export async function speakInApp(console: Page, language: AppLanguageChoice): Promise<void> {
  await console.evaluate(async (appLanguage) => {
    const bridge = (
      window as unknown as {
        facilitator: { updatePreferences: (p: object) => Promise<{ ok: boolean }> }
      }
    ).facilitator
    const answer = await bridge.updatePreferences({ appLanguage })
    if (!answer.ok) throw new Error('the preferences were not saved')
  }, language)
}
