import { expect, test, type Page } from '@playwright/test'
import { endSession, openSidePanel, prepareBuiltinSession, pressStart } from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp
let consolePage: Page
let room: Page

const SECOND = 1000
const MINUTE = 60 * SECOND

/** A session ready on the built-in workshop, with the room showing its title screen. */
async function prepareSessionWithRoom(): Promise<void> {
  await prepareBuiltinSession(consolePage)
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
}

const roomClock = () => room.getByTestId('countdown-room')
const consoleClock = () => consolePage.getByTestId('countdown-console')

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  room = await app.openView('room')
  consolePage = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

test('start: both windows show the same phase and remaining time, and follow pause, next, +1 min and jump', async () => {
  await prepareSessionWithRoom()
  await consolePage.getByRole('button', { name: /^Start/ }).click()
  await expect(consolePage.getByTestId('run-status')).toHaveText('Running')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')
  await expect(consolePage.getByTestId('console-phase')).toContainText('Welcome and frame')
  await expect(roomClock()).toHaveText('3:00')
  await expect(consoleClock()).toHaveText('3:00')

  await app.advance(65 * SECOND)
  await expect(roomClock()).toHaveText('1:55')
  await expect(consoleClock()).toHaveText('1:55')

  await consolePage.getByRole('button', { name: /^Pause/ }).click()
  await expect(room.getByText('Paused')).toBeVisible()
  await expect(consolePage.getByTestId('run-status')).toHaveText('Paused')
  await app.advance(30 * SECOND)
  await expect(roomClock()).toHaveText('1:55')

  await consolePage.getByRole('button', { name: /^Resume/ }).click()
  await consolePage.getByRole('button', { name: /\+ 1 min/ }).click()
  await expect(roomClock()).toHaveText('2:55')
  await expect(consoleClock()).toHaveText('2:55')

  await consolePage.getByRole('button', { name: /Next phase/ }).click()
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Think')
  await expect(roomClock()).toHaveText('2:00')
  await expect(
    room.getByRole('list', { name: 'Phases of this exercise' }).locator('[aria-current="step"]'),
  ).toContainText('Think')

  await openSidePanel(consolePage, 'Agenda')
  await consolePage.getByRole('button', { name: 'Jump to Back-to-Back: Describe & Draw' }).click()
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Back-to-Back: Describe & Draw')
  await expect(consolePage.getByTestId('console-phase')).toContainText(/Set up/i)
  await expect(room.getByText(/Exercise 5 of 12/)).toBeVisible()
})

test('a phase that advances on its own does so at zero; others go into overtime', async () => {
  await prepareSessionWithRoom()
  await pressStart(consolePage)
  // Welcome: 3 min frame, then 2 min think, then Partner A (1.5 min, advances on its own).
  await app.advance(3 * MINUTE + 5 * SECOND)
  await expect(roomClock()).toHaveText('+0:05')
  await expect(room.getByText('Over time')).toBeVisible()
  await consolePage.keyboard.press('n')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Think')
  await consolePage.keyboard.press('n')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Partner A shares')
  await expect(consolePage.getByTestId('console-phase')).toContainText('Partner A shares')
  await app.advance(90 * SECOND)
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Partner B shares')
  await expect(roomClock()).toHaveText('1:30')
  await app.advance(100 * SECOND)
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Partner B shares')
  await expect(roomClock()).toHaveText('+0:10')
})

test('the warning shows in words and shape as well as colour', async () => {
  await prepareSessionWithRoom()
  await pressStart(consolePage)
  await app.advance(2 * MINUTE + 30 * SECOND)
  await expect(room.getByRole('timer')).toContainText('Less than 1 min left')
  await expect(room.getByRole('timer')).toHaveClass(/tone-warning/)
  await expect(room.getByRole('timer').locator('[data-icon="triangle"]')).toBeVisible()
})

test('a reloaded console and a reloaded room both resume the run', async () => {
  await prepareSessionWithRoom()
  await pressStart(consolePage)
  await app.advance(40 * SECOND)
  await consolePage.reload()
  await room.reload()
  await expect(consolePage.getByTestId('run-status')).toHaveText('Running')
  await expect(consoleClock()).toHaveText('2:20')
  await expect(roomClock()).toHaveText('2:20')
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Welcome and frame')
})

test('keyboard shortcuts drive the clock and are ignored while typing', async () => {
  await prepareSessionWithRoom()
  await pressStart(consolePage)
  await expect(consolePage.getByTestId('run-status')).toHaveText('Running')
  await consolePage.keyboard.press('+')
  await expect(consoleClock()).toHaveText('4:00')
  await consolePage.keyboard.press('-')
  await expect(consoleClock()).toHaveText('3:00')
  await consolePage.keyboard.press('ArrowRight')
  await expect(consolePage.getByTestId('console-phase')).toContainText('Think')
  await consolePage.keyboard.press('ArrowLeft')
  await expect(consolePage.getByTestId('console-phase')).toContainText('Welcome and frame')

  await consolePage.keyboard.press('m')
  await expect(consolePage.getByLabel(/Message to the room/)).toBeFocused()
  await consolePage.keyboard.type('Back in 5 minutes + bring pens')
  await expect(consolePage.getByTestId('run-status')).toHaveText('Running')
  await expect(consoleClock()).toHaveText('3:00')
  await expect(consolePage.getByTestId('console-phase')).toContainText('Welcome and frame')
  await consolePage.keyboard.press('Enter')
  await expect(room.getByRole('status')).toHaveText(/Back in 5 minutes \+ bring pens/)

  await consolePage.keyboard.press('b')
  await expect(room.getByLabel('Screen paused by the facilitator')).toBeVisible()
  await consolePage.keyboard.press('b')
  await expect(room.getByLabel('Screen paused by the facilitator')).toHaveCount(0)

  await consolePage.keyboard.press('Space')
  await expect(consolePage.getByTestId('run-status')).toHaveText('Paused')
  await consolePage.keyboard.press('?')
  await expect(consolePage.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await consolePage.keyboard.press('Escape')
  await expect(consolePage.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0)
})

test('a locked end time that will be overrun gets a re-timing that applies in one action', async () => {
  await prepareSessionWithRoom()
  await pressStart(consolePage)
  // Planned 09:00–12:45 from a 08:55 start means it ends 12:40; lock 12:00 instead.
  await consolePage.getByLabel('Must end by').fill('12:00')
  await consolePage.getByRole('button', { name: 'Lock end time' }).click()
  const overrun = consolePage.getByRole('alert')
  await expect(overrun).toContainText('Projected to overrun 12:00 PM')
  await expect(consolePage.getByTestId('projected-end')).toHaveText('12:40 PM')
  await overrun.getByRole('button', { name: /Apply: shorten flexible exercises/ }).click()
  await expect(consolePage.getByTestId('projected-end')).toHaveText(/^(11:[0-5]\d\sAM|12:00\sPM)$/)
  await expect(consolePage.getByRole('alert')).toHaveCount(0)
})

test('ending the session shows the closing screen with the credits', async () => {
  await prepareSessionWithRoom()
  await pressStart(consolePage)
  await endSession(consolePage)
  await expect(room.getByText('Thank you')).toBeVisible()
  await expect(room.getByText(/IMLS grant RE-95-17-0104-17/)).toBeVisible()
  await consolePage.getByRole('button', { name: /Leave session/ }).click()
  await expect(consolePage.getByRole('button', { name: /Run this workshop/ })).toBeVisible()
})

test('the room display can be put on the projector or on the main screen, the console then moving', async () => {
  await prepareSessionWithRoom()
  app.os.displays.setProjector(true)
  await consolePage.getByRole('tab', { name: 'Sound and displays' }).click()
  await expect(consolePage.getByRole('radio')).toHaveCount(3)
  const projector = consolePage.getByRole('radio', { name: /Display 2: external display/ })
  await expect(projector).toBeChecked()
  const main = consolePage.getByRole('radio', {
    name: /Display 1: built-in screen.*the console moves to the other screen/,
  })
  await main.click()
  await expect(main).toBeChecked()
  expect(app.os.displays.placements.at(-1)).toEqual({ displayId: 1, rehearsal: false })
})
