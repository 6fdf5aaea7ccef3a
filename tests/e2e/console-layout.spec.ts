import { expect, test, type Locator, type Page } from '@playwright/test'
import { endSession, prepareBuiltinSession, pressStart } from './steps'
import { startTestApp, type TestApp } from './harness'
import { seriousViolations } from './editing-steps'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  page = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

async function expectInsideViewport(control: Locator, name: string): Promise<void> {
  const box = await control.boundingBox()
  const viewport = page.viewportSize()
  expect(box, `${name} is on screen`).not.toBeNull()
  expect(viewport).not.toBeNull()
  if (box === null || viewport === null) return
  expect(box.x, `${name} left edge`).toBeGreaterThanOrEqual(0)
  expect(box.y, `${name} top edge`).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width, `${name} right edge`).toBeLessThanOrEqual(viewport.width)
  expect(box.y + box.height, `${name} bottom edge`).toBeLessThanOrEqual(viewport.height)
}

const hasNoSidewaysScroll = () =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

test('on a 1024×640 laptop every clock and room control is on screen without scrolling', async () => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await prepareBuiltinSession(page)
  await pressStart(page)
  await page.getByRole('button', { name: 'Swap roles now' }).click()
  const controls: [Locator, string][] = [
    [page.getByRole('button', { name: /^Pause/ }), 'Pause'],
    [page.getByRole('button', { name: /Next phase/ }), 'Next phase'],
    [page.getByRole('button', { name: /Previous phase/ }), 'Previous phase'],
    [page.getByRole('button', { name: /\+ 1 min/ }), '+1 min'],
    [page.getByRole('button', { name: /− 1 min/ }), '−1 min'],
    [page.getByTestId('countdown-console'), 'the clock'],
    [page.getByLabel(/Message to the room/), 'the message box'],
    [page.getByRole('button', { name: /Blank black/ }), 'Blank black'],
    [page.getByRole('button', { name: /Blank white/ }), 'Blank white'],
    [page.getByRole('button', { name: 'End session…' }), 'End session'],
    [page.getByTestId('presenter-frame'), 'the presenter view'],
  ]
  for (const [control, name] of controls) await expectInsideViewport(control, name)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  expect(await hasNoSidewaysScroll()).toBe(true)
})

test('below a laptop’s width the columns reflow, and nothing scrolls sideways at any width from 800', async () => {
  await prepareBuiltinSession(page)
  await pressStart(page)
  for (const width of [1920, 1280, 1024, 960, 900, 800]) {
    await page.setViewportSize({ width, height: 700 })
    expect(await hasNoSidewaysScroll(), `no sideways scroll at ${String(width)}`).toBe(true)
  }
  await page.setViewportSize({ width: 900, height: 700 })
  const now = await page.getByRole('region', { name: 'Now', exact: true }).boundingBox()
  const room = await page.getByRole('region', { name: 'Room screen' }).boundingBox()
  const notes = await page.getByRole('heading', { name: 'Session notes' }).boundingBox()
  expect(now).not.toBeNull()
  expect(room).not.toBeNull()
  expect(notes).not.toBeNull()
  // The room went below the clock, and the side panels keep a column of their own beside them.
  expect(room!.y).toBeGreaterThan(now!.y + 100)
  expect(notes!.x).toBeGreaterThan(now!.x + now!.width)
  await expectInsideViewport(page.getByRole('heading', { name: 'Session notes' }), 'the notes')
})

test('the console has no serious accessibility violations when ready, with a message, blanked, asking to end and ended', async () => {
  await page.setViewportSize({ width: 1024, height: 640 })
  await prepareBuiltinSession(page)
  expect(await seriousViolations(page)).toEqual([])
  await pressStart(page)
  await page.getByRole('button', { name: 'Swap roles now' }).click()
  await page.keyboard.press('Escape')
  await page.keyboard.press('w')
  await expect(page.getByTestId('room-status')).toHaveText(/Blanked to white/)
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'End session…' }).click()
  await expect(page.getByRole('dialog', { name: 'End the session?' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Keep going' }).click()
  await endSession(page)
  expect(await seriousViolations(page)).toEqual([])
})
