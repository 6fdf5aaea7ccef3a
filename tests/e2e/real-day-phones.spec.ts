import { mkdir } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { valueOf } from '../support/result-value'
import { startTestApp, type TestApp } from './harness'
import { freePort, openOnPhone, serviceLinkOf } from './lan-steps'
import { prepareSession, roomThemes, runCommand } from './room-fixtures'

/** A 4:3 projector, and 16:9 ones at the two sizes rooms have. */
const roomSizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const
/** The smallest phone still in people's pockets, and an ordinary one. */
const smallPhone = { width: 320, height: 568 }
const phoneSizes = [smallPhone, { width: 390, height: 844 }] as const
/** Where the pictures of each state go, to be looked at as the room and the phone would. */
const shots = '/tmp/shots-25b'

const question =
  'Could we have a few more minutes for this exercise? Our group only got through the first two prompts because introductions took a while, and we would like to hear what the others found.'
/** Options as people write them, one as long as the format allows (80 characters). */
const vote = {
  question: 'Which way of mentoring should the library try first?',
  options: [
    'A shared reading list that each pair builds over the term and shows in spring',
    'A mentor from another department for six months',
    'A monthly open hour for research questions',
    'One small research project each, shown in spring',
    'Swap roles for a week: the newer colleague leads',
  ],
}

let app: TestApp

test.beforeAll(async () => {
  await mkdir(shots, { recursive: true })
})

test.beforeEach(async () => {
  app = await startTestApp()
  await prepareSession(app, loadBuiltinWorkshop())
  valueOf(await app.services.handlers.setLanOpen({ open: true, port: await freePort() }))
})

test.afterEach(async () => {
  await app.close()
})

/** Lets the page lay out and answer what changed (two frames). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
      }),
  )
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

/** Where the overlay, the countdown and what the overlay may cover are, and the colours. */
async function measureRoom(room: Page) {
  return room.evaluate(() => {
    const boxOf = (selector: string) => {
      const element = document.querySelector(selector)
      if (element === null) return null
      const { left, top, right, bottom } = element.getBoundingClientRect()
      return { left, top, right, bottom }
    }
    const styleOf = (selector: string) => {
      const element = document.querySelector(selector)
      if (element === null) throw new Error(`no ${selector}`)
      return getComputedStyle(element)
    }
    return {
      viewport: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
      overlay: boxOf('.room-audience'),
      clock: boxOf('.room [role="timer"]'),
      parts: {
        prompts: boxOf('.room [data-testid="room-prompt-box"]'),
        phases: boxOf('.room .ribbon'),
        next: boxOf('.room .room-next'),
      },
      note: document.querySelector('[data-testid="room-audience-covers"]')?.textContent ?? '',
      ink: styleOf('.room-audience').color,
      roomInk: styleOf('.room').color,
      paper: styleOf('.room-audience').backgroundColor,
      roomPaper: styleOf('.room-frame').backgroundColor,
    }
  })
}

const partWords = { prompts: /the prompts/, phases: /the phases/, next: /what comes next/ }

/**
 * In every room shape and theme: the overlay lies inside the screen and never on the countdown,
 * is drawn in the room's own colours, and names what it covers of the prompts, phases and Next.
 */
async function checkEveryShapeAndTheme(room: Page, state: string): Promise<void> {
  for (const size of roomSizes) {
    await room.setViewportSize(size)
    for (const theme of roomThemes) {
      await runCommand(app, { type: 'roomTheme', theme })
      await expect(room.locator('.room-frame')).toHaveAttribute('data-room-theme', theme)
      await settle(room)
      const where = `${state} at ${String(size.width)}×${String(size.height)} in ${theme}`
      await room.screenshot({
        path: `${shots}/room-${state}-${String(size.width)}x${String(size.height)}-${theme}.png`,
      })
      const seen = await measureRoom(room)
      if (seen.overlay === null || seen.clock === null) throw new Error(`${where}: not shown`)
      expect.soft(overlaps(seen.overlay, seen.clock), `${where}: on the countdown`).toBe(false)
      expect.soft(seen.overlay.left, where).toBeGreaterThanOrEqual(0)
      expect.soft(seen.overlay.top, where).toBeGreaterThanOrEqual(0)
      expect.soft(seen.overlay.right, where).toBeLessThanOrEqual(size.width)
      expect.soft(seen.overlay.bottom, where).toBeLessThanOrEqual(size.height)
      expect.soft(seen.ink, `${where}: ink`).toBe(seen.roomInk)
      expect.soft(seen.paper, `${where}: paper`).toBe(seen.roomPaper)
      if (size.width === 1280) {
        // The overlay's colours are the theme's, so they meet AAA contrast as the room does.
        const results = await new AxeBuilder({ page: room })
          .include('.room-audience')
          .withTags(['wcag2a', 'wcag2aa', 'wcag2aaa'])
          .analyze()
        expect
          .soft(
            results.passes.map((rule) => rule.id),
            where,
          )
          .toContain('color-contrast-enhanced')
        expect
          .soft(
            results.violations.map((v) => `${v.id}: ${v.help}`),
            where,
          )
          .toEqual([])
      }
      for (const [part, words] of Object.entries(partWords)) {
        const box = seen.parts[part as keyof typeof partWords]
        if (box !== null && overlaps(seen.overlay, box))
          expect.soft(seen.note, `${where}: says it covers ${part}`).toMatch(words)
      }
    }
  }
}

/** The lines a piece of text is laid out on. */
async function countLines(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size
    }),
  )
}

test('a question and a vote on the room never cover the countdown and say what they cover, in every shape and theme', async () => {
  test.setTimeout(180_000)
  await runCommand(app, { type: 'start' })
  const room = await app.openView('room')
  const phone = await openOnPhone(app.browser, await serviceLinkOf(app, 'participant'), smallPhone)

  valueOf(await app.services.handlers.setParticipantInputs({ open: true }))
  await phone.getByLabel('Your question').fill(question)
  await phone.getByLabel(/Your name/).fill('Nguyễn Thị Minh Khai')
  await phone.getByRole('button', { name: 'Send' }).tap()
  await expect(phone.getByRole('status')).toHaveText('Sent. The facilitator will see it.')
  const { moderation } = valueOf(await app.services.handlers.getLanStatus({}))
  const input = moderation.inbox[0]
  if (input === undefined) throw new Error('the question did not arrive')
  valueOf(await app.services.handlers.moderateInput({ id: input.id, action: 'show' }))
  await expect(room.getByTestId('room-audience-input')).toContainText('introductions took')
  await checkEveryShapeAndTheme(room, 'question')

  valueOf(await app.services.handlers.openVote({ ...vote, mode: 'one', dots: 1 }))
  const ballot = phone.getByRole('form', { name: 'Vote' })
  await ballot.getByLabel(vote.options[1] ?? '').check()
  await ballot.getByRole('button', { name: 'Vote' }).tap()
  await expect(ballot.getByRole('status')).toContainText('Your vote is counted')
  await phone.screenshot({ path: `${shots}/phone-ballot-320x568.png`, fullPage: true })
  valueOf(await app.services.handlers.closeVote({}))
  valueOf(await app.services.handlers.showVoteOnRoom({ on: true }))
  const chart = room.getByRole('figure', { name: `Vote: ${vote.question}` })
  await expect(chart).toBeVisible()
  await checkEveryShapeAndTheme(room, 'question-and-vote')

  valueOf(await app.services.handlers.moderateInput({ id: input.id, action: 'hide' }))
  await expect(room.getByTestId('room-audience-input')).toHaveCount(0)
  await checkEveryShapeAndTheme(room, 'vote')
  await expect.soft(chart).toContainText(/(?<!\d)1 vote(?!s)/)
  await expect.soft(chart).toContainText('0 votes')
  await expect.soft(chart).not.toContainText('1 votes')
  for (const size of roomSizes) {
    await room.setViewportSize(size)
    await settle(room)
    const where = `${String(size.width)}×${String(size.height)}`
    const sizes = await room
      .locator('li:visible > .vote-chart-label')
      .evaluateAll((labels) =>
        labels.map((label) => parseFloat(getComputedStyle(label).fontSize) / innerHeight),
      )
    expect(sizes, where).toHaveLength(vote.options.length)
    await expect.soft(chart.locator('li:visible'), `${where}: every option`).toHaveCount(5)
    for (const share of sizes)
      expect.soft(share, `${where}: options' size`).toBeGreaterThanOrEqual(0.04)
    // Two lines at most per option: a long option wraps once, it is not broken up into a column.
    for (const lines of await countLines(room, 'li:visible > .vote-chart-label'))
      expect.soft(lines, `${where}: lines of an option`).toBeLessThanOrEqual(2)
    for (const lines of await countLines(room, 'li:visible > .vote-chart-count'))
      expect.soft(lines, `${where}: a count on one line`).toBe(1)
  }
})

test('a vote with more options than the room can show at a readable size shows those with most votes, and says how many are left out', async () => {
  await runCommand(app, { type: 'start' })
  const room = await app.openView('room')
  const options = Array.from(
    { length: 20 },
    (_, index) => `Option ${String(index + 1)}: a longer way of saying what this choice is about`,
  )
  valueOf(
    await app.services.handlers.openVote({ question: 'Which?', options, mode: 'dots', dots: 3 }),
  )
  const phone = await openOnPhone(app.browser, await serviceLinkOf(app, 'participant'), smallPhone)
  const ballot = phone.getByRole('form', { name: 'Vote' })
  const counted = phone.getByRole('status').filter({ hasText: 'Your vote is counted' })
  for (const option of [options[19], options[19], options[17]])
    await ballot.getByRole('button', { name: `One dot more on ${option ?? ''}` }).tap()
  await ballot.getByRole('button', { name: 'Vote' }).tap()
  await expect(counted).toBeVisible()
  valueOf(await app.services.handlers.closeVote({}))
  valueOf(await app.services.handlers.showVoteOnRoom({ on: true }))
  for (const size of roomSizes) {
    await room.setViewportSize(size)
    await settle(room)
    const where = `${String(size.width)}×${String(size.height)}`
    await room.screenshot({
      path: `${shots}/room-vote-20-${String(size.width)}x${String(size.height)}.png`,
    })
    const chart = room.getByRole('figure', { name: 'Vote: Which?' })
    const shown = chart.locator('li:visible .vote-chart-label')
    const count = await shown.count()
    expect.soft(count, where).toBeGreaterThan(2)
    await expect
      .soft(chart.locator('.vote-chart-more'), where)
      .toHaveText(`and ${String(20 - count)} more, with no dots`)
    // The most dotted come first among those kept: option 20 (2 dots) and option 18 (1 dot).
    await expect.soft(shown.filter({ hasText: 'Option 20:' }), where).toHaveCount(1)
    await expect.soft(shown.filter({ hasText: 'Option 18:' }), where).toHaveCount(1)
    await expect.soft(chart.getByText('2 dots'), where).toBeVisible()
    for (const share of await shown.evaluateAll((labels) =>
      labels.map((label) => parseFloat(getComputedStyle(label).fontSize) / innerHeight),
    ))
      expect.soft(share, `${where}: options' size`).toBeGreaterThanOrEqual(0.04)
    const seen = await measureRoom(room)
    if (seen.overlay === null || seen.clock === null) throw new Error(`${where}: not shown`)
    expect.soft(overlaps(seen.overlay, seen.clock), `${where}: on the countdown`).toBe(false)
  }
})

/** Whether each of `names`' buttons lies wholly inside the page's first screen, unscrolled. */
async function checkOnFirstScreen(page: Page, names: string[], where: string): Promise<void> {
  expect.soft(await page.evaluate(() => scrollY), `${where}: scrolled`).toBe(0)
  const size = page.viewportSize()
  if (size === null) throw new Error('no viewport')
  for (const name of names) {
    const box = await page.getByRole('button', { name, exact: true }).boundingBox()
    if (box === null) throw new Error(`${where}: no ${name} button`)
    expect.soft(box.y, `${where}: top of ${name}`).toBeGreaterThanOrEqual(0)
    expect.soft(box.x, `${where}: left of ${name}`).toBeGreaterThanOrEqual(0)
    expect.soft(box.y + box.height, `${where}: bottom of ${name}`).toBeLessThanOrEqual(size.height)
    expect.soft(box.x + box.width, `${where}: right of ${name}`).toBeLessThanOrEqual(size.width)
  }
}

test('the remote shows Start or Pause and Next on its first screen at 320×568, every button on one line', async () => {
  const link = await serviceLinkOf(app, 'remote')
  const remotes = await Promise.all(phoneSizes.map((size) => openOnPhone(app.browser, link, size)))
  const nameOf = (remote: Page) => {
    const size = remote.viewportSize()
    return `${String(size?.width)}x${String(size?.height)}`
  }
  for (const remote of remotes) {
    await expect(remote.getByTestId('remote-status')).toHaveText('Ready to start')
    await remote.screenshot({ path: `${shots}/remote-ready-${nameOf(remote)}.png` })
    await checkOnFirstScreen(remote, ['Start', 'Next →', '← Previous'], `${nameOf(remote)} ready`)
  }
  await runCommand(app, { type: 'start' })
  for (const remote of remotes) {
    const where = nameOf(remote)
    await expect(remote.getByTestId('remote-status')).toHaveText('Running')
    await remote.screenshot({ path: `${shots}/remote-running-${where}.png` })
    await checkOnFirstScreen(remote, ['Pause', 'Next →', '−1 min', '+1 min'], `${where} running`)
    const lines = await countLines(remote, '.remote button')
    expect(lines.length, where).toBeGreaterThan(5)
    for (const count of lines) expect.soft(count, `${where}: a button's lines`).toBe(1)
    const fieldSizes = await remote
      .locator('input:not([type="radio"]), textarea')
      .evaluateAll((fields) => fields.map((field) => parseFloat(getComputedStyle(field).fontSize)))
    for (const px of fieldSizes)
      expect.soft(px, `${where}: a field's size`).toBeGreaterThanOrEqual(16)
  }
})

test('the participant page’s fields are 16 px or more, and “Sent” shows where the thumb is', async () => {
  await runCommand(app, { type: 'start' })
  valueOf(await app.services.handlers.setParticipantInputs({ open: true }))
  for (const size of phoneSizes) {
    const phone = await openOnPhone(app.browser, await serviceLinkOf(app, 'participant'), size)
    const where = `${String(size.width)}x${String(size.height)}`
    await expect(phone.getByLabel('Your question')).toBeVisible()
    await phone.screenshot({ path: `${shots}/participant-${where}.png`, fullPage: true })
    const fieldSizes = await phone
      .locator('input:not([type="radio"]), textarea')
      .evaluateAll((fields) => fields.map((field) => parseFloat(getComputedStyle(field).fontSize)))
    expect(fieldSizes, where).toHaveLength(2)
    for (const px of fieldSizes)
      expect.soft(px, `${where}: a field's size`).toBeGreaterThanOrEqual(16)

    await phone.getByLabel('Your question').fill('How long is the break?')
    await phone.getByRole('button', { name: 'Send' }).tap()
    const sent = phone.getByRole('status')
    await expect(sent).toHaveText('Sent. The facilitator will see it.')
    await settle(phone)
    await phone.screenshot({ path: `${shots}/participant-sent-${where}.png` })
    const box = await sent.evaluate((element) => {
      const { top, bottom } = element.getBoundingClientRect()
      return { top, bottom, height: innerHeight }
    })
    expect.soft(box.top, `${where}: Sent above the screen`).toBeGreaterThanOrEqual(0)
    expect.soft(box.bottom, `${where}: Sent below the fold`).toBeLessThanOrEqual(box.height)
    await phone.context().close()
  }
})
