import { expect, test, type Page } from '@playwright/test'
import {
  endSession,
  openBuiltinWorkshop,
  openSidePanel,
  prepareBuiltinSession,
  pressStart,
} from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp
let page: Page
let room: Page

const SECOND = 1000

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  room = await app.openView('room')
  page = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

const runState = async () => {
  const result = await app.services.handlers.getRun({})
  if (!result.ok) throw new Error(result.message)
  return result.value.state
}
const roomStatus = () => page.getByTestId('room-status')

test('End session asks first, an ended session can be resumed and ended again, and its clock says it ended', async () => {
  await prepareBuiltinSession(page)
  await pressStart(page)
  await app.advance(90 * SECOND)

  await page.getByRole('button', { name: 'End session…' }).click()
  const dialog = page.getByRole('dialog', { name: 'End the session?' })
  // The safe choice has the focus: a stray Space or Enter keeps the session going.
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('run-status')).toHaveText('Running')
  await expect(room.getByRole('timer')).toBeVisible()

  await endSession(page)
  await expect(room.getByText('Thank you')).toBeVisible()
  await expect(page.getByTestId('ended-clock')).toContainText(/Ended 8:56\sAM/)
  await expect(page.getByTestId('ended-clock')).not.toContainText('left')
  await expect(page.getByTestId('countdown-console')).toHaveCount(0)

  await page.getByRole('button', { name: 'Resume the session', exact: true }).click()
  await expect(page.getByTestId('run-status')).toHaveText('Paused')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')
  await expect(page.getByTestId('countdown-console')).toHaveText('1:30')
  await expect(page.getByRole('button', { name: /Leave session/ })).toBeDisabled()

  await page.getByRole('button', { name: /^Resume/ }).click()
  const note = page.getByRole('textbox', { name: /^Note/ })
  await note.fill('Said after resuming')
  await note.press('Enter')
  await expect(page.getByRole('list', { name: 'Notes, oldest first' })).toContainText(
    'Said after resuming',
  )
  await endSession(page)
  const log = (await runState())?.log.map((e) => e.kind) ?? []
  expect(log.filter((kind) => kind === 'ended')).toHaveLength(2)
  expect(log).toContain('reopened')

  await page.getByRole('button', { name: /Leave session/ }).click()
  await expect(page.getByRole('button', { name: /Run this workshop/ })).toBeVisible()
  // Left: the room no longer shows the session's workshop.
  await expect(room.getByRole('heading', { level: 1 })).toHaveCount(0)
})

test('Space and Enter press a focused button; away from the buttons Space runs the clock', async () => {
  await prepareBuiltinSession(page)
  await pressStart(page)
  const next = page.getByRole('button', { name: /Next phase/ })
  await next.focus()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('console-phase')).toContainText('Think')
  await expect(page.getByTestId('run-status')).toHaveText('Running')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('console-phase')).toContainText('Partner A shares')
  await expect(page.getByTestId('run-status')).toHaveText('Running')

  const plusOne = page.getByRole('button', { name: /\+ 1 min/ })
  await plusOne.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('countdown-console')).toHaveText('2:30')

  await page.keyboard.press('Escape')
  await expect(plusOne).not.toBeFocused()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('run-status')).toHaveText('Paused')

  // Clicked with the mouse, a button lets go of the focus: the next Space is the clock's again.
  await next.click()
  await expect(page.getByTestId('console-phase')).toContainText('Partner B shares')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('run-status')).toHaveText('Running')
  await expect(page.getByTestId('console-phase')).toContainText('Partner B shares')
})

test('a clicker’s Page Down and Page Up move between phases; B, . and W blank the room; Esc shows it again', async () => {
  await prepareBuiltinSession(page)
  await pressStart(page)
  await page.getByRole('button', { name: 'Swap roles now' }).click()
  await expect(roomStatus()).toContainText('Message up')
  // A clicker sends its keys whatever has the focus, a button included.
  await page.keyboard.press('PageDown')
  await expect(page.getByTestId('console-phase')).toContainText('Think')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Think')
  await page.keyboard.press('PageUp')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')

  await page.keyboard.press('b')
  await expect(room.getByLabel('Screen paused by the facilitator')).toBeVisible()
  await expect(roomStatus()).toHaveText(/Blanked to black/)
  await expect(roomStatus()).not.toContainText('Message up')
  expect(await runState()).toMatchObject({ blanked: true, blankColour: 'black' })
  await page.keyboard.press('w')
  await expect(roomStatus()).toHaveText(/Blanked to white/)
  await page.keyboard.press('w')
  await expect(room.getByLabel('Screen paused by the facilitator')).toHaveCount(0)
  await page.keyboard.press('.')
  await expect(roomStatus()).toHaveText(/Blanked to black/)
  await page.keyboard.press('Escape')
  await expect(roomStatus()).toContainText('Exercise, clock running')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')

  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  for (const keys of ['Page Down', 'B or .', 'W', 'Esc', 'Enter'])
    await expect(sheet).toContainText(keys)
})

test('the presenter view shows the room’s own screen in the room display’s shape, and its state in words', async () => {
  // A 4:3 projector, unlike the laptop's 16:10 screen and the 16:9 default.
  app.os.displays.setProjector(true)
  const projector = app.os.displays.displays.find((d) => d.id === 2)!
  projector.bounds = { ...projector.bounds, width: 1024, height: 768 }
  await prepareBuiltinSession(page)
  const frame = page.getByTestId('presenter-frame')
  await expect(frame).toHaveAttribute('aria-hidden', 'true')
  await expect(frame.getByText('Mentoring Both Ways')).toBeVisible()
  await expect(roomStatus()).toHaveText(/Title screen/)
  await expect
    .poll(async () => {
      const box = await frame.boundingBox()
      return box === null ? 0 : Math.round((box.width / box.height) * 100)
    })
    .toBe(133)

  await pressStart(page)
  await expect(frame.getByText('Welcome and frame').first()).toBeVisible()
  await expect(roomStatus()).toHaveText(/Exercise, clock running/)
  await expect(page.locator('.presenter-next')).toHaveText('Next: Think')
  await page.getByRole('button', { name: /^Pause/ }).click()
  await expect(roomStatus()).toHaveText(/clock paused/)
  // Hidden from screen readers: the status line says it once.
  await expect(page.getByRole('timer')).toHaveCount(1)
})

test('flash, message presets, time of day and the room theme are one action each', async () => {
  await prepareBuiltinSession(page)
  await pressStart(page)
  await page.getByRole('button', { name: /Flash/ }).click()
  await expect.poll(async () => (await runState())?.flashAt).toBe(app.clock!.now())

  await page.getByRole('button', { name: 'Please come back to your seats' }).click()
  await expect(room.getByRole('status')).toHaveText(/Please come back to your seats/)
  await expect(
    page.getByRole('button', { name: 'Please come back to your seats' }),
  ).toHaveAttribute('aria-pressed', 'true')

  await page.getByText('Edit the message presets').click()
  await page.getByLabel('One message a line').fill('Lunch is served\nFind a new partner\n')
  await page.getByRole('button', { name: 'Save the presets' }).click()
  await expect(page.getByRole('button', { name: 'Find a new partner' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Swap roles now' })).toHaveCount(0)
  const saved = await app.services.handlers.getPreferences({})
  expect(saved.ok && saved.value.messagePresets).toEqual(['Lunch is served', 'Find a new partner'])
  await expect(page.locator('#message-presets option')).toHaveCount(2)

  // The box follows the session's state, which the main process holds: a click, then the answer.
  await page.getByLabel('Show time of day on the room').click()
  await expect(page.getByLabel('Show time of day on the room')).toBeChecked()
  await expect.poll(async () => (await runState())?.showTimeOfDay).toBe(true)
  await page.getByLabel('Room theme').selectOption('light')
  await expect.poll(async () => (await runState())?.roomTheme).toBe('light')
  await expect(roomStatus()).toContainText('light theme for this session')
  await page.getByLabel('Room theme').selectOption({ label: 'The workshop’s own: dark' })
  await expect.poll(async () => (await runState())?.roomTheme).toBeNull()
})

test('opening a workshop leaves the room alone; Show title puts it up, Run prepares it', async () => {
  await openBuiltinWorkshop(page)
  await expect(room.getByRole('heading', { level: 1 })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show title on the room' }).click()
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await expect(page.getByRole('status')).toContainText('The room display shows')
  await page.getByRole('button', { name: 'Back to the waiting screen' }).click()
  await expect(room.getByRole('heading', { level: 1 })).toHaveCount(0)
  await expect(page.getByRole('status')).toHaveCount(0)
  await page.getByRole('button', { name: /Run this workshop/ }).click()
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
})

test('minutes on the console are whole or m:ss, never decimals', async () => {
  await prepareBuiltinSession(page)
  await pressStart(page)
  await app.advance(3 * 60 * SECOND + 36 * SECOND)
  await page.keyboard.press('n')
  await expect(page.getByTestId('console-phase')).toContainText('Think')
  // The clock, the schedule and the agenda with the minutes actually spent.
  await openSidePanel(page, 'Agenda')
  for (const part of ['.run-now', '.run-agenda'])
    expect(await page.locator(part).innerText()).not.toMatch(/\d\.\d/)
  await expect(
    page
      .getByRole('row', { name: /Welcome: Who Taught Whom/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('3:36')
  // A phase of a minute and a half, in the facilitator's notes on the exercise.
  await openSidePanel(page, 'This exercise')
  await expect(
    page.locator('.run-notes li', { hasText: 'Partner A shares' }).first(),
  ).toContainText('Partner A shares · 1:30')
})
