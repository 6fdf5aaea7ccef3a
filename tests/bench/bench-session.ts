import type { Page } from '@playwright/test'
import type { RunState } from '@common/domain/run/run-state'
import { startTestApp, type TestApp } from '../e2e/harness'

/** The app on the real clock with both windows open and the built-in workshop counting. */
export interface RunningSession {
  app: TestApp
  console: Page
  room: Page
  /** The run as the main process holds it right now. */
  readState(): Promise<RunState>
}

/**
 * Opens the room and the console, opens the built-in workshop and presses Space, as a facilitator
 * would. Uses the real clock: the display is measured against real time, frame by frame.
 */
export async function startRunningSession(): Promise<RunningSession> {
  const app = await startTestApp()
  const room = await app.openView('room')
  const consolePage = await app.openView('console')
  await consolePage
    .getByRole('listitem', { name: /Mentoring/ })
    .getByRole('button', { name: 'Open' })
    .click()
  await consolePage.getByRole('button', { name: /Run this workshop/ }).click()
  await consolePage.getByTestId('run-status').getByText('Ready to start').waitFor()
  await consolePage.keyboard.press('Space')
  await consolePage.getByTestId('run-status').getByText('Running').waitFor()
  await room.getByTestId('countdown-room').waitFor()
  // The room is the window on the projector: visible, so its frames are never throttled. (Key
  // presses still reach the console, which Playwright addresses directly.)
  await room.bringToFront()
  const visibility = await room.evaluate(() => document.visibilityState)
  if (visibility !== 'visible') throw new Error(`the room page is ${visibility}, not visible`)
  const readState = async () => {
    const result = await app.services.handlers.getRun({})
    if (!result.ok || result.value.state === null) throw new Error('no run is going')
    return result.value.state
  }
  return { app, console: consolePage, room, readState }
}
