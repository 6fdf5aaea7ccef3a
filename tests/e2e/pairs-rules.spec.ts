import { expect, test, type Page } from '@playwright/test'
import { startTestApp, type TestApp } from './harness'
import { thirteenPeople } from './roster-names'
import { openSidePanel, prepareBuiltinSession } from './steps'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

/** The names in each group of the round the console shows. */
async function consoleGroups(console: Page): Promise<string[][]> {
  const groups = console.getByRole('region', { name: 'Groups of this round' }).getByRole('listitem')
  const result: string[][] = []
  for (let index = 0; index < (await groups.count()); index++) {
    const people = await groups.nth(index).getByRole('button').allTextContents()
    result.push(people.map((text) => text.replace(/ · .*$/, '')))
  }
  return result
}

test('the roster starts from the workshop’s pairing, and two people kept apart are drawn apart', async () => {
  test.setTimeout(90_000)
  const console = await app.openView('console')
  await prepareBuiltinSession(console)
  await openSidePanel(console, 'Groups')
  // The built-in workshop tells the room to stay with one partner all day.
  await expect(
    console.getByRole('checkbox', { name: 'New partners each exercise' }),
  ).not.toBeChecked()
  await console.getByLabel('Names, one a line').fill(thirteenPeople.join('\n'))
  await console.getByRole('button', { name: 'Form groups' }).click()
  await expect(console.getByRole('region', { name: 'Groups of this round' })).toBeVisible()

  const [first, second] = (await consoleGroups(console))[0] ?? []
  if (first === undefined || second === undefined) throw new Error('no first pair')
  await console.getByText('Grouping rules').click()
  await console.getByLabel('Keep apart: first person').selectOption({ label: first })
  await console.getByLabel('Keep apart: second person').selectOption({ label: second })
  await console.getByRole('button', { name: 'Keep apart', exact: true }).click()
  await expect(console.getByRole('list', { name: 'Keep apart' })).toContainText(
    `${first} and ${second}`,
  )
  await expect
    .poll(async () =>
      (await consoleGroups(console)).some(
        (group) => group.includes(first) && group.includes(second),
      ),
    )
    .toBe(false)
})
