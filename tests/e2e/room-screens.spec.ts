import { expect, test, type Page } from '@playwright/test'
import { TEST_START, startTestApp, type TestApp } from './harness'
import { buildLongWorkshop, prepareSession, runCommand } from './room-fixtures'

const MINUTE = 60_000
let app: TestApp
let room: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  room = await app.openView('room')
})

test.afterEach(async () => {
  await app.close()
})

/** "HH:MM" of the test's day, `minutes` after the test's start. */
function clockAfter(minutes: number): string {
  const date = new Date(TEST_START + minutes * MINUTE)
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

/** The same time as an English room reads it out: "9:10 AM". */
function spokenClockAfter(minutes: number): string {
  return new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(
    TEST_START + minutes * MINUTE,
  )
}

test('the waiting screen counts down to the planned start, then says it is starting soon', async () => {
  const workshop = { ...buildLongWorkshop(), plannedStart: clockAfter(5) }
  await prepareSession(app, workshop)
  await expect(room.getByTestId('room-start')).toHaveText('Starts in 5:00')
  await app.advance(48_000)
  await expect(room.getByTestId('room-start')).toHaveText('Starts in 4:12')
  await app.advance(30 * MINUTE)
  await expect(room.getByTestId('room-start')).toHaveText('Starting soon')
  await expect(room.getByText(/Starting at/)).toHaveCount(0)
})

test('a break says Break once, shows its room text but never the note, and when to be back', async () => {
  const workshop = buildLongWorkshop()
  const breakIndex = workshop.exercises.findIndex((item) => item.kind === 'break')
  const item = workshop.exercises[breakIndex]
  if (item?.kind !== 'break' || item.note === undefined) throw new Error('needs a noted break')
  await prepareSession(app, workshop)
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'jump', itemIndex: breakIndex })
  await expect(room.getByRole('heading', { level: 1 })).toHaveText('Break')
  await expect(room.getByText(item.roomText)).toBeVisible()
  const text = await room.locator('.room').innerText()
  expect(text.match(/break/gi)).toHaveLength(1)
  expect(text).not.toContain(item.note.slice(0, 30))
  await expect(room.getByTestId('room-back-at')).toHaveText(`Back at ${spokenClockAfter(15)}`)
  await runCommand(app, { type: 'adjust', minutes: 1 })
  await expect(room.getByTestId('room-back-at')).toHaveText(`Back at ${spokenClockAfter(16)}`)
  await runCommand(app, { type: 'pause' })
  await app.advance(2 * MINUTE)
  await expect(room.getByTestId('room-back-at')).toHaveText(`Back at ${spokenClockAfter(18)}`)
  await runCommand(app, { type: 'resume' })
  await app.advance(MINUTE)
  await expect(room.getByTestId('room-back-at')).toHaveText(`Back at ${spokenClockAfter(18)}`)
})

test('blank is pure black or white, with no logo and no message over it', async () => {
  await prepareSession(app, buildLongWorkshop())
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'message', text: 'Back in five minutes' })
  await expect(room.getByRole('status')).toBeVisible()
  const background = () =>
    room.evaluate(() =>
      [document.querySelector('.room-frame'), document.querySelector('.room')].map(
        (element) => element && getComputedStyle(element).backgroundColor,
      ),
    )
  await runCommand(app, { type: 'toggleBlank', colour: 'black' })
  await expect(room.getByLabel('Screen paused by the facilitator')).toBeVisible()
  expect(await background()).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)'])
  await expect(room.getByRole('status')).toHaveCount(0)
  expect((await room.locator('.room').innerText()).trim()).toBe('')
  await expect(room.locator('.room svg, .room img')).toHaveCount(0)
  await runCommand(app, { type: 'toggleBlank', colour: 'white' })
  await expect(room.locator('.room.blank-white')).toBeVisible()
  expect(await background()).toEqual(['rgb(255, 255, 255)', 'rgb(255, 255, 255)'])
  await runCommand(app, { type: 'blank', on: false })
  await expect(room.getByRole('status')).toHaveText('Back in five minutes')
})

test('a flash marks the clock and the message, without motion when motion is reduced', async () => {
  await room.emulateMedia({ reducedMotion: 'reduce' })
  await prepareSession(app, buildLongWorkshop())
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'message', text: 'Two minutes left' })
  await expect(room.locator('.room-run.is-flashing')).toHaveCount(0)
  await runCommand(app, { type: 'flash' })
  await expect(room.locator('.room-run.is-flashing')).toBeVisible()
  const looks = await room.evaluate(() =>
    ['.countdown-room', '.room-message'].map((selector) => {
      const style = getComputedStyle(document.querySelector(selector) as Element)
      return { outline: style.outlineStyle, animation: style.animationName }
    }),
  )
  expect(looks).toEqual([
    { outline: 'solid', animation: 'none' },
    { outline: 'solid', animation: 'none' },
  ])
  await expect(room.locator('.room-run.is-flashing')).toHaveCount(0)
})

test('an old flash does not flash a room that opens later', async () => {
  await prepareSession(app, buildLongWorkshop())
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'flash' })
  await app.advance(MINUTE)
  const late = await app.openView('room')
  await expect(late.getByRole('timer')).toBeVisible()
  await expect(late.locator('.room-run.is-flashing')).toHaveCount(0)
})

test('the time of day shows when asked and hides again', async () => {
  await prepareSession(app, buildLongWorkshop())
  await runCommand(app, { type: 'start' })
  await expect(room.getByTestId('room-time-of-day')).toHaveCount(0)
  await runCommand(app, { type: 'showTimeOfDay', on: true })
  await expect(room.getByTestId('room-time-of-day')).toHaveText(
    `Time of day ${spokenClockAfter(0)}`,
  )
  await runCommand(app, { type: 'showTimeOfDay', on: false })
  await expect(room.getByTestId('room-time-of-day')).toHaveCount(0)
})

test("the room takes the workshop's theme, and the session's choice over it", async () => {
  await prepareSession(app, buildLongWorkshop('light'))
  const frame = room.locator('.room-frame')
  await expect(frame).toHaveAttribute('data-room-theme', 'light')
  await runCommand(app, { type: 'roomTheme', theme: 'highContrast' })
  await expect(frame).toHaveAttribute('data-room-theme', 'highContrast')
  expect(await frame.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)')
  await runCommand(app, { type: 'roomTheme', theme: null })
  await expect(frame).toHaveAttribute('data-room-theme', 'light')
})

test('the ribbon follows +1 min, lengths never show decimals, and shapes are drawn, not typed', async () => {
  const workshop = buildLongWorkshop()
  const first = workshop.exercises[0]
  if (first?.kind !== 'exercise' || first.phases[1] === undefined) throw new Error('needs phases')
  first.phases[1].minutes = 2.5
  await prepareSession(app, workshop)
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'nextPhase' })
  const current = room.locator('.ribbon [aria-current="step"]')
  await expect(current).toContainText('2:30')
  await expect(room.getByTestId('countdown-room')).toHaveText('2:30')
  await runCommand(app, { type: 'adjust', minutes: 1 })
  await expect(room.getByTestId('countdown-room')).toHaveText('3:30')
  await expect(current).toContainText('3:30')
  const text = await room.locator('.room').innerText()
  expect(text).not.toMatch(/\d\.\d/)
  expect(text).not.toMatch(/[✉◆●▲■❚✓▶]/)
})

test("a phase's picture is shown beside or instead of the prompts, described when it cannot load", async () => {
  const workshop = buildLongWorkshop()
  const first = workshop.exercises[0]
  if (first?.kind !== 'exercise' || first.phases[1] === undefined) throw new Error('needs phases')
  const alt = 'Two people back to back, one describing a shape, one drawing it'
  first.phases[1].image = { ref: `${'b'.repeat(64)}.png`, alt, placement: 'beside' }
  await prepareSession(app, workshop)
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'nextPhase' })
  await expect(room.locator('.room-picture')).toContainText(alt)
  await expect(room.getByTestId('room-prompt-box')).toBeVisible()
  first.phases[1].image = { ref: `${'b'.repeat(64)}.png`, alt, placement: 'instead' }
  await prepareSession(app, workshop)
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'nextPhase' })
  await expect(room.locator('.room-picture')).toContainText(alt)
  await expect(room.getByTestId('room-prompt-box')).toHaveCount(0)
})
