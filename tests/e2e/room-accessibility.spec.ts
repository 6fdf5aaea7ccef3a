import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { buildLongWorkshop, prepareSession, roomThemes, runCommand } from './room-fixtures'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

/**
 * Every WCAG A, AA and AAA violation axe-core finds, AAA contrast (7:1) included; `hasText` asks
 * that the AAA contrast rule really checked some text (it is off in axe-core unless asked for).
 */
async function listViolations(page: Page, hasText = true): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa'])
    .analyze()
  if (hasText) expect(results.passes.map((rule) => rule.id)).toContain('color-contrast-enhanced')
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

for (const theme of roomThemes) {
  test(`every room state meets WCAG AAA contrast in the ${theme} theme`, async () => {
    const room = await app.openView('room')
    await room.setViewportSize({ width: 1280, height: 800 })
    const workshop = buildLongWorkshop(theme)
    const first = workshop.exercises[0]
    if (first?.kind !== 'exercise') throw new Error('needs an exercise first')
    const breakIndex = workshop.exercises.findIndex((item) => item.kind === 'break')
    const check = async (state: string) => {
      expect(await listViolations(room, state !== 'blank'), `${state} in ${theme}`).toEqual([])
    }
    await prepareSession(app, { ...workshop, plannedStart: '09:30' })
    await expect(room.getByTestId('room-start')).toBeVisible()
    await check('waiting')
    await runCommand(app, { type: 'start' })
    await runCommand(app, { type: 'showTimeOfDay', on: true })
    await expect(room.getByText('Continued on your worksheet')).toBeVisible()
    await check('long prompts')
    await runCommand(app, { type: 'message', text: 'Please come back to your seats' })
    await runCommand(app, { type: 'flash' })
    await expect(room.getByRole('status')).toBeVisible()
    await check('message')
    await app.advance((first.phases[0]?.minutes ?? 0) * 60_000 - 30_000)
    await expect(room.getByRole('timer')).toHaveClass(/tone-warning/)
    await check('warning')
    await app.advance(60_000)
    await expect(room.getByRole('timer')).toHaveClass(/tone-overtime/)
    await check('overtime')
    await runCommand(app, { type: 'pause' })
    await expect(room.getByRole('timer')).toHaveClass(/is-paused/)
    await check('paused')
    await runCommand(app, { type: 'message', text: null })
    await runCommand(app, { type: 'jump', itemIndex: breakIndex })
    await expect(room.getByTestId('room-back-at')).toBeVisible()
    await check('break')
    await runCommand(app, { type: 'blank', on: true, colour: 'white' })
    await expect(room.locator('.blank-white')).toBeVisible()
    await check('blank')
    await runCommand(app, { type: 'blank', on: false })
    await runCommand(app, { type: 'end' })
    await expect(room.getByText('Thank you')).toBeVisible()
    await check('ended')
  })
}
