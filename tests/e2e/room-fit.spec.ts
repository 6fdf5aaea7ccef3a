import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import {
  buildLongWorkshop,
  measureShareOfHeight,
  prepareSession,
  roomShapes,
  runCommand,
} from './room-fixtures'

let app: TestApp
let room: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  room = await app.openView('room')
})

test.afterEach(async () => {
  await app.close()
})

/** The bottom edges of the prompt box and of everything shown in it, in page pixels. */
async function measurePromptEdges(page: Page) {
  return page.getByTestId('room-prompt-box').evaluate((box) => {
    const shown = [...box.querySelectorAll('li, .room-continued')]
    return {
      boxBottom: box.getBoundingClientRect().bottom,
      lowestText: Math.max(...shown.map((element) => element.getBoundingClientRect().bottom)),
      roomBottom: Math.max(
        ...[...document.querySelectorAll('.room > *')].map((e) => e.getBoundingClientRect().bottom),
      ),
    }
  })
}

/** Prompts at or above the floor, a countdown at 20% or more, and nothing cut off unmarked. */
async function expectReadableAndWhole(page: Page, state: string) {
  if (process.env.ROOM_SHOTS !== undefined)
    await page.screenshot({
      path: `${process.env.ROOM_SHOTS}/fit-${state}-${String(page.viewportSize()?.width)}.png`,
    })
  const prompt = await measureShareOfHeight(page, '.room-prompt-box .room-prompts')
  const digits = await measureShareOfHeight(page, '.countdown-room .countdown-digits')
  expect(prompt, `prompt size (${state})`).toBeGreaterThanOrEqual(0.0399)
  expect(digits, `countdown size (${state})`).toBeGreaterThanOrEqual(0.2)
  await expect(page.getByText('Continued on your worksheet')).toBeVisible()
  // Some of the prompt itself, not only the mark.
  expect((await page.locator('.room-prompt-box li').first().innerText()).length).toBeGreaterThan(40)
  const edges = await measurePromptEdges(page)
  expect(edges.lowestText, `prompt text inside its box (${state})`).toBeLessThanOrEqual(
    edges.boxBottom + 0.5,
  )
  const height = page.viewportSize()?.height ?? 0
  expect(edges.roomBottom, `nothing below the screen (${state})`).toBeLessThanOrEqual(height)
}

for (const shape of roomShapes) {
  test(`the longest prompts stay readable and are never cut without a mark at ${shape.name}`, async () => {
    await room.setViewportSize({ width: shape.width, height: shape.height })
    const workshop = buildLongWorkshop()
    const first = workshop.exercises[0]
    if (first?.kind !== 'exercise') throw new Error('needs an exercise first')
    await prepareSession(app, workshop)
    await runCommand(app, { type: 'start' })
    await expect(room.getByTestId('room-prompt-box')).toBeVisible()
    await expectReadableAndWhole(room, 'running')

    await runCommand(app, {
      type: 'message',
      text: 'Please come back to your seats: we start the next exercise in two minutes',
    })
    await expect(room.getByRole('status')).toBeVisible()
    await expectReadableAndWhole(room, 'message up')

    await app.advance((first.phases[0]?.minutes ?? 0) * 60_000 + 10 * 60_000 + 5000)
    await expect(room.getByTestId('countdown-room')).toHaveText('+10:05')
    await expectReadableAndWhole(room, 'overtime with a message')

    await runCommand(app, { type: 'message', text: null })
    await expect(room.getByRole('status')).toHaveCount(0)
    await expectReadableAndWhole(room, 'overtime')

    await runCommand(app, { type: 'pause' })
    await expect(room.getByRole('timer')).toContainText('Paused')
    await expectReadableAndWhole(room, 'paused')
  })
}

test('a 4:3 projector gets type at least as large, for its height, as a 16:9 one', async () => {
  await prepareSession(app, buildLongWorkshop())
  await runCommand(app, { type: 'start' })
  await runCommand(app, { type: 'nextPhase' })
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Think')
  const shares: Record<string, Record<string, number>> = {}
  for (const shape of roomShapes) {
    await room.setViewportSize({ width: shape.width, height: shape.height })
    await expect.poll(() => room.evaluate(() => window.innerHeight)).toBe(shape.height)
    shares[shape.name] = {
      prompt: await measureShareOfHeight(room, '.room-prompt-box .room-prompts'),
      digits: await measureShareOfHeight(room, '.countdown-room .countdown-digits'),
      label: await measureShareOfHeight(room, '.room-phase-label'),
      ribbon: await measureShareOfHeight(room, '.room-run .ribbon'),
    }
  }
  const wide = shares['1920x1080'] ?? {}
  for (const shape of ['1280x800', '1024x768']) {
    for (const [part, share] of Object.entries(wide))
      expect(shares[shape]?.[part], `${part} at ${shape}`).toBeGreaterThanOrEqual(share - 0.005)
  }
  // A short prompt is shown at the largest size, well above the floor.
  expect(wide.prompt).toBeGreaterThanOrEqual(0.06)
  expect(wide.ribbon).toBeGreaterThanOrEqual(0.03)
})
