import { expect, test, type Page } from '@playwright/test'
import { consolePageUrl } from '@common/api/first-screen'
import { makeTempFolder } from '../support/temp-folders'
import { startBuiltinSession } from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

/** The console's own script (one classic script among the built assets). */
const appScript = /\/assets\/index-[^/]+\.js$/

/**
 * Holds the console's own script back on every later load of `page` until the returned function
 * is called: whatever the window shows meanwhile was drawn without it.
 */
async function holdAppScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(appScript, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Waits until `page` is parsed: its own script, held back, not yet run, and the kept copy drawn if any. */
async function parsed(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState !== 'loading')
}

/**
 * Waits until the console's page, as the app now serves it, does (or does not) carry `text`: the
 * console hands its screen to the main process just after drawing it, a moment later.
 */
async function servedConsolePage(app: TestApp, text: string, carried = true): Promise<void> {
  const page = expect.poll(async () => (await fetch(consolePageUrl(app.appUrl))).text())
  await (carried ? page.toContain(text) : page.not.toContain(text))
}

/** The built-in workshop's card as the kept copy shows it (inert) and as the live screen does. */
function cards(page: Page, title: RegExp | string) {
  return {
    kept: page.locator('#root > [inert] .workshop-card', { hasText: title }),
    live: page.locator('#root > :not([inert]) .workshop-card', { hasText: title }),
  }
}

test('a console started again draws the library it last showed before its script runs, then the live one', async () => {
  const page = await app.openView('console')
  await expect(cards(page, 'Mentoring').live).toBeVisible()
  // A workshop added since the app started is in what the console keeps.
  await page.getByRole('button', { name: 'New workshop' }).click()
  await page.getByLabel('Title of the new workshop').fill('Atelier de María-José Nguyễn Öztürk')
  await page.getByRole('button', { name: 'Create' }).click()
  await page.getByRole('button', { name: /All workshops/ }).click()
  await expect(cards(page, /María-José/).live).toBeVisible()
  await servedConsolePage(app, 'Atelier de María-José Nguyễn Öztürk')

  const release = await holdAppScript(page)
  await page.reload({ waitUntil: 'commit' })
  const kept = cards(page, /María-José/).kept
  await expect(kept).toBeVisible()
  await expect(cards(page, 'Mentoring').kept).toBeVisible()
  // Inert: nothing in the copy can be pressed or reached with the keyboard.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)

  release()
  const live = cards(page, /María-José/).live
  await expect(live).toBeVisible()
  await expect(page.locator('#root > [inert]')).toHaveCount(0)
  await live.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Atelier de María-José Nguyễn Öztürk',
  )
})

test('the room’s window never draws the console’s kept library', async () => {
  const consolePage = await app.openView('console')
  await expect(cards(consolePage, 'Mentoring').live).toBeVisible()
  await servedConsolePage(app, 'Mentoring Both Ways')
  const room = await app.browser.contexts()[0]!.newPage()
  const release = await holdAppScript(room)
  await room.goto(`${app.appUrl}#/room`, { waitUntil: 'commit' })
  await parsed(room)
  await expect(room.locator('.workshop-card')).toHaveCount(0)
  release()
  await expect(room.locator('.room-frame')).toBeVisible()
  await expect(room.locator('.workshop-card')).toHaveCount(0)
  await room.close()
})

test('a start during a session draws no library first: the session is what comes', async () => {
  const page = await app.openView('console')
  await expect(cards(page, 'Mentoring').live).toBeVisible()
  await startBuiltinSession(page)
  await servedConsolePage(app, 'workshop-card', false)
  const release = await holdAppScript(page)
  await page.reload({ waitUntil: 'commit' })
  await parsed(page)
  await expect(page.locator('.workshop-card')).toHaveCount(0)
  release()
  await expect(page.getByTestId('run-status')).toHaveText('Running')
})

test('the kept library outlives the app: the next start of the app draws it first', async () => {
  const userData = await makeTempFolder('first-screen')
  const library = await makeTempFolder('first-screen-library')
  try {
    const folders = { userDataDir: userData.path, libraryDir: library.path }
    const first = await startTestApp(folders)
    const page = await first.openView('console')
    await page.getByRole('button', { name: 'New workshop' }).click()
    await page.getByLabel('Title of the new workshop').fill('Círculo de lectura de Łukasz')
    await page.getByRole('button', { name: 'Create' }).click()
    await page.getByRole('button', { name: /All workshops/ }).click()
    await expect(cards(page, /Łukasz/).live).toBeVisible()
    await servedConsolePage(first, 'Círculo de lectura de Łukasz')
    await first.close()

    const second = await startTestApp(folders)
    try {
      const next = await second.browser.contexts()[0]!.newPage()
      const release = await holdAppScript(next)
      await next.goto(consolePageUrl(second.appUrl), { waitUntil: 'commit' })
      await expect(cards(next, /Łukasz/).kept).toBeVisible()
      release()
      await expect(cards(next, /Łukasz/).live).toBeVisible()
    } finally {
      await second.close()
    }
  } finally {
    await userData.remove()
    await library.remove()
  }
})
