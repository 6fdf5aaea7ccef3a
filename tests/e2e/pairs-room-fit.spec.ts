import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { thirteenPeople } from './roster-names'
import { openSidePanel, prepareBuiltinSession, pressStart } from './steps'

// Forty people with names as long as a real roster's (“Esperanza H.”): the most one page of the
// pairing screen holds. Up to 14 characters fit forty to a page; longer names take more pages.
const firstNames = ['Ana Lucía', 'Benedikt', 'Chidinma', 'Dorothea', 'Esperanza']
const names = Array.from(
  { length: 40 },
  (_, index) =>
    `${firstNames[index % 5] ?? ''} ${String.fromCharCode(65 + Math.floor(index / 5))}.`,
)
const shots = process.env.ROOM_SHOTS ?? ''

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

/** How the pairing screen fits the room: type size, cards cut, spill, names broken inside a word. */
function measurePairing(screen: HTMLElement) {
  const grid = screen.querySelector<HTMLElement>('.room-pairing-groups')
  const cards = [...screen.querySelectorAll<HTMLElement>('.room-pairing-group')]
  const roomHeight = screen.closest<HTMLElement>('.room')?.clientHeight ?? 0
  const names = [...screen.querySelectorAll<HTMLElement>('.room-pairing-name')]
  return {
    share: grid === null ? 0 : parseFloat(getComputedStyle(grid).fontSize) / roomHeight,
    cut: cards.filter(
      (card) =>
        card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1,
    ).length,
    spill: grid === null ? 1 : grid.scrollHeight - grid.clientHeight,
    // A name of n words set on more than n lines has a word broken across lines.
    broken: names.filter((name) => {
      const range = document.createRange()
      range.selectNodeContents(name)
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
      return lines.size > name.textContent.trim().split(/\s+/).length
    }).length,
  }
}

/** Pastes `roster`, forms groups, starts, and shows the first round on a 16:9 room. */
async function showGroups(roster: readonly string[]) {
  const console = await app.openView('console')
  const room = await app.openView('room')
  // A projector's 16:9.
  await room.setViewportSize({ width: 1280, height: 720 })
  await prepareBuiltinSession(console)
  await openSidePanel(console, 'Groups')
  await console.getByLabel('Names, one a line').fill(roster.join('\n'))
  await console.getByRole('button', { name: 'Form groups' }).click()
  await pressStart(console)
  await console.getByRole('button', { name: 'Show groups on the room' }).click()
  return { room, pairing: room.getByTestId('room-pairing') }
}

test('forty people fit one page of the pairing screen at a size read from the back of the room', async () => {
  const { room, pairing } = await showGroups(names)
  await expect(pairing.getByRole('listitem', { name: /^Group/ })).toHaveCount(20)
  await expect(pairing).not.toContainText('page')
  if (shots !== '') await room.screenshot({ path: join(shots, 'pairing-40.png') })
  const fit = await pairing.evaluate(measurePairing)
  // The prompts' readable floor is 4 % of the screen's height.
  expect(fit.share).toBeGreaterThanOrEqual(0.04)
  expect(fit).toMatchObject({ cut: 0, broken: 0 })
  expect(fit.spill).toBeLessThanOrEqual(1)
})

test('an odd room, a trio and a two-line role legend, still fits with every name whole', async () => {
  const { room, pairing } = await showGroups(thirteenPeople)
  await expect(pairing.getByRole('listitem', { name: /^Group/ })).toHaveCount(6)
  await expect(pairing).toContainText('Observer')
  if (shots !== '') await room.screenshot({ path: join(shots, 'pairing-13.png') })
  const fit = await pairing.evaluate(measurePairing)
  expect(fit.share).toBeGreaterThanOrEqual(0.04)
  expect(fit).toMatchObject({ cut: 0, broken: 0 })
  expect(fit.spill).toBeLessThanOrEqual(1)
})
