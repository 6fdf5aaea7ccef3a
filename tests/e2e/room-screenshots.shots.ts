import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import {
  buildLongWorkshop,
  prepareSession,
  roomShapes,
  roomThemes,
  runCommand,
} from './room-fixtures'

// Pictures of the room in every state, theme and shape, for a person to look at: not a test
// (nothing is compared, and the room's look changes on purpose), so `npm test` never runs it.
// `npm run room-shots` does, into test-results/room-shots or the folder ROOM_SHOTS names.
const folder =
  process.env.ROOM_SHOTS ?? resolve(import.meta.dirname, '../../test-results/room-shots')

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

test('pictures of the room in every state, theme and shape', async () => {
  test.setTimeout(600_000)
  await mkdir(folder, { recursive: true })
  const workshop = buildLongWorkshop()
  const first = workshop.exercises[0]
  if (first?.kind !== 'exercise') throw new Error('needs an exercise first')
  const third = first.phases[2]
  if (third !== undefined)
    third.image = {
      ref: `${'a'.repeat(64)}.png`,
      alt: 'A sketch of two people back to back, one describing a shape, one drawing it',
      placement: 'beside',
    }
  const breakIndex = workshop.exercises.findIndex((item) => item.kind === 'break')
  const room = await app.openView('room')
  for (const shape of roomShapes) {
    await room.setViewportSize({ width: shape.width, height: shape.height })
    for (const theme of roomThemes) {
      const shot = async (state: string) => {
        await room.screenshot({ path: join(folder, `${state}-${theme}-${shape.name}.png`) })
      }
      await prepareSession(app, { ...workshop, roomTheme: theme })
      await expect(room.getByRole('heading', { level: 1 })).toHaveText('Long prompts')
      await shot('01-waiting')
      await runCommand(app, { type: 'start' })
      await expect(room.getByTestId('room-prompt-box')).toBeVisible()
      await shot('02-exercise-long')
      await runCommand(app, { type: 'message', text: 'Please come back to your seats' })
      await expect(room.getByRole('status')).toBeVisible()
      await shot('03-message')
      await runCommand(app, { type: 'message', text: null })
      await app.advance((first.phases[0]?.minutes ?? 1) * 60_000 + 65_000)
      await expect(room.getByRole('timer')).toHaveClass(/tone-overtime/)
      await shot('04-overtime')
      await runCommand(app, { type: 'pause' })
      await expect(room.getByRole('timer')).toHaveClass(/is-paused/)
      await shot('05-paused')
      await runCommand(app, { type: 'resume' })
      await runCommand(app, { type: 'nextPhase' })
      await runCommand(app, { type: 'adjust', minutes: 1 })
      await runCommand(app, { type: 'showTimeOfDay', on: true })
      await expect(room.getByTestId('room-time-of-day')).toBeVisible()
      await shot('06-exercise-short')
      await runCommand(app, { type: 'nextPhase' })
      await expect(room.locator('.room-picture')).toBeVisible()
      await shot('07-picture')
      await runCommand(app, { type: 'showTimeOfDay', on: false })
      await runCommand(app, { type: 'jump', itemIndex: breakIndex })
      await expect(room.getByTestId('room-back-at')).toBeVisible()
      await shot('08-break')
      await runCommand(app, { type: 'flash' })
      await runCommand(app, { type: 'message', text: 'Five more minutes' })
      await expect(room.locator('.is-flashing')).toBeVisible()
      await shot('09-flash')
      await runCommand(app, { type: 'message', text: null })
      await runCommand(app, { type: 'blank', on: true, colour: 'black' })
      await expect(room.getByLabel('Screen paused by the facilitator')).toBeVisible()
      await shot('10-blank-black')
      await runCommand(app, { type: 'blank', on: true, colour: 'white' })
      await expect(room.locator('.blank-white')).toBeVisible()
      await shot('11-blank-white')
      await runCommand(app, { type: 'blank', on: false })
      await runCommand(app, { type: 'end' })
      await expect(room.getByText('Thank you')).toBeVisible()
      await shot('12-ended')
    }
  }
})
