import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { normaliseText, readPdfText } from '../support/poppler'
import { startTestApp, type TestApp } from './harness'
import { thirteenPeople } from './roster-names'
import { endSession, openSidePanel, prepareBuiltinSession, pressStart } from './steps'

const names = thirteenPeople

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

/** The names in each group of the round the console shows, in order. */
async function consoleGroups(console: Page): Promise<string[][]> {
  const groups = console.getByRole('region', { name: 'Groups of this round' }).getByRole('listitem')
  const count = await groups.count()
  const result: string[][] = []
  for (let index = 0; index < count; index++) {
    const people = await groups.nth(index).getByRole('button').allTextContents()
    result.push(people.map((text) => text.replace(/ · .*$/, '')))
  }
  return result
}

test('a pasted roster is grouped with roles, shown on the room, swapped by hand, printed and kept in the debrief', async () => {
  test.setTimeout(120_000)
  const console = await app.openView('console')
  const room = await app.openView('room')
  await prepareBuiltinSession(console)

  await openSidePanel(console, 'Groups')
  await console.getByLabel('Names, one a line').fill(names.join('\n'))
  await console.getByRole('button', { name: 'Form groups' }).click()
  const round = console.getByRole('region', { name: 'Groups of this round' })
  await expect(round.getByRole('heading')).toContainText('Groups for Welcome: Who Taught Whom?')
  // Thirteen people in pairs: six groups, one of them a trio with its observer.
  await expect(round.getByRole('listitem')).toHaveCount(6)
  await expect(round.getByText(/· Observer/)).toHaveCount(1)
  await expect(round.getByText(/· Partner A/)).toHaveCount(6)

  await pressStart(console)
  await round.getByRole('button', { name: 'Show groups on the room' }).click()
  const pairing = room.getByTestId('room-pairing')
  await expect(pairing).toBeVisible()
  await expect(pairing).toContainText('Partner A: share both moments')
  await expect(pairing).toContainText('Partner B: now your two moments')
  for (const name of names) await expect(pairing).toContainText(name)

  // A swap by hand: the first person of group 1 trades places with the first of group 2.
  const before = await consoleGroups(console)
  const [first, second] = [before[0]?.[0] ?? '', before[1]?.[0] ?? '']
  await round.getByRole('button', { name: new RegExp(`^${first}`) }).click()
  await round.getByRole('button', { name: new RegExp(`^${second}`) }).click()
  await expect.poll(async () => (await consoleGroups(console))[0]?.[0]).toBe(second)
  expect((await consoleGroups(console))[1]?.[0]).toBe(first)
  await expect(room.getByRole('listitem', { name: 'Group 1' })).toContainText(second)
  await expect(room.getByRole('listitem', { name: 'Group 2' })).toContainText(first)

  // On paper: the rotation table and a named pack each, as the swap left them.
  const rotation = join(app.outsideDir, 'rotation.pdf')
  app.os.nextSavePath = rotation
  await console.getByRole('button', { name: 'Rotation table' }).click()
  await expect(console.getByText(`Rotation table saved to ${rotation}`)).toBeVisible()
  const table = normaliseText(readPdfText(rotation))
  expect(table).toContain('ROTATION TABLE')
  // One row a person, a column an exercise: group 1 as Partner A in the first one.
  expect(table).toContain(`${second} 1A`)
  const packs = join(app.outsideDir, 'packs.pdf')
  app.os.nextSavePath = packs
  await console.getByRole('button', { name: 'Named packs' }).click()
  await expect(console.getByText(`Named packs saved to ${packs}`)).toBeVisible({ timeout: 60_000 })
  const packText = normaliseText(readPdfText(packs))
  expect(packText.match(/THIS PACK BELONGS TO/g)).toHaveLength(names.length)
  for (const name of names) expect(packText).toContain(name)
  expect(packText).toContain('Your partners and roles today')

  // Back to the exercise on the room, then the record: the debrief lists the groups as run.
  await round.getByRole('button', { name: 'Back to the exercise' }).click()
  await expect(pairing).toHaveCount(0)
  await app.advance(5 * 60_000)
  await endSession(console)
  await console.getByRole('button', { name: 'Open the debrief' }).click()
  const groups = console.getByRole('region', { name: 'Groups in Welcome: Who Taught Whom?' })
  await expect(groups.getByRole('listitem').first()).toContainText(`${second} (Partner A)`)
  await expect(groups.getByRole('listitem')).toHaveCount(6)
})
