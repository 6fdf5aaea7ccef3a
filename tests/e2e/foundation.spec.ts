import { expect, test } from '@playwright/test'
import { openBuiltinWorkshop } from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

test('the library lists the built-in workshop, and opening it shows its exercises and total', async () => {
  const page = await app.openView('console')
  const card = page.getByRole('listitem', { name: /Mentoring/ })
  await expect(card).toBeVisible()
  await expect(card).toContainText('Built-in · read-only')
  await expect(card).toContainText('12 exercises · 3 h 45 min')

  await card.getByRole('button', { name: 'Open' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring')
  const agenda = page.getByRole('table')
  await expect(agenda.getByRole('rowheader', { name: /Break/ })).toBeVisible()
  await expect(agenda.getByRole('row')).toHaveCount(1 + 13 + 1)
  await expect(agenda.locator('tfoot')).toContainText('3 h 45 min')
  await expect(agenda.locator('tfoot')).toContainText('ends 12:45')
})

test('the room display shows a workshop’s title only when the facilitator chooses to', async () => {
  const room = await app.openView('room')
  const page = await app.openView('console')
  await expect(room.getByText('Facilitator')).toBeVisible()
  await openBuiltinWorkshop(page)
  // Opening a workshop on the laptop is not showing it to the room.
  await expect(room.getByRole('heading', { level: 1 })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show title on the room' }).click()
  await expect(room.getByRole('heading', { level: 1 })).toContainText('Mentoring')
  await expect(room.getByText(/IMLS grant RE-95-17-0104-17/)).toBeVisible()
})

test('an invalid call is refused by validation, with a message naming the field', async () => {
  const page = await app.openView('console')
  const result = await page.evaluate(() =>
    window.facilitator?.openWorkshop({ ref: { source: 'library', fileName: '../../etc/passwd' } }),
  )
  expect(result).toMatchObject({ ok: false, code: 'invalid-argument' })
  expect(JSON.stringify(result)).toContain('ref.fileName')
  const unknown = await page.evaluate(() =>
    (
      window as unknown as { __facilitatorInvoke: (n: string, a: string) => Promise<string> }
    ).__facilitatorInvoke('readAnyFile', '{}'),
  )
  expect(JSON.parse(unknown)).toMatchObject({ ok: false, code: 'unknown-call' })
})

test('a call from a page that is not the app is refused', async () => {
  const result = await app.dispatch({
    name: 'listLibrary',
    arg: {},
    senderUrl: 'https://example.org/',
  })
  expect(result).toMatchObject({ ok: false, code: 'untrusted-sender' })
})

test('the page gets no Node or ipcRenderer globals, only the bridge', async () => {
  const page = await app.openView('console')
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      Buffer: typeof w.Buffer,
      ipcRenderer: typeof w.ipcRenderer,
      electron: typeof w.electron,
      bridgeKeys: Object.keys(w.facilitator as object).sort(),
    }
  })
  expect(globals).toMatchObject({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
  })
  expect(globals.bridgeKeys).toContain('on')
  expect(globals.bridgeKeys).not.toContain('invoke')
})
