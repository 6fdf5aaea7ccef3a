import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { SAMPLE_PNG, writePicture } from '../services/images/picture-samples'
import { startTestApp, type TestApp } from './harness'
import { seriousViolations, shotPath } from './editing-steps'

let app: TestApp
let page: Page

test.beforeEach(async () => {
  app = await startTestApp()
  page = await app.openView('console')
})

test.afterEach(async () => {
  await app.close()
})

const card = (name: RegExp | string) => page.getByRole('listitem', { name })
const builtinCard = () => card(/^Mentoring Both Ways$/)

test('a copy keeps the title the room shows, and the library tells it from its original', async () => {
  await builtinCard().getByRole('button', { name: 'Duplicate to edit' }).click()
  await expect(card(/Copy of “Mentoring Both Ways”/)).toHaveCount(1)
  await builtinCard().getByRole('button', { name: 'Duplicate to edit' }).click()
  const copies = card(/Copy of “Mentoring Both Ways”/)
  await expect(copies).toHaveCount(2)
  await expect(copies.getByRole('heading')).toHaveText([
    'Mentoring Both Ways',
    'Mentoring Both Ways',
  ])
  await expect(copies.nth(0)).toContainText('mentoring-both-ways-copy')
  expect(
    (await readdir(app.libraryDir)).filter((n) => n.endsWith('.workshop.json')).sort(),
  ).toEqual(['mentoring-both-ways-copy-2.workshop.json', 'mentoring-both-ways-copy.workshop.json'])
  // Opening the copy puts nothing new on the room: its title is the original's.
  await copies.nth(0).getByRole('button', { name: 'Open' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
  await page.getByRole('button', { name: /All workshops/ }).click()
  await expect(copies).toHaveCount(2)
  await page.screenshot({ path: shotPath('library-copies.png'), fullPage: true })
  expect(await seriousViolations(page)).toEqual([])
})

test('importing a file that is not a workshop says so in plain words, and adds nothing', async () => {
  const packageJson = join(app.outsideDir, 'package.json')
  await writeFile(packageJson, JSON.stringify({ name: 'facilitator', version: '0.1.0' }, null, 2))
  app.os.nextOpenPath = packageJson
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Could not import package.json. This file is not a Facilitator workshop: it has no exercises.',
  )
  await page.getByRole('button', { name: 'Dismiss' }).click()

  const notes = join(app.outsideDir, 'agenda.txt')
  await writeFile(notes, '{\n  "title": "Agenda",\n  "exercises": Welcome, intros\n}\n')
  app.os.nextOpenPath = notes
  await page.getByRole('button', { name: 'Import…' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Could not import agenda.txt. This file is not valid JSON: line 3, column 16 (“W” is not expected there).',
  )
  await page.screenshot({ path: shotPath('import-error.png') })
  expect((await readdir(app.libraryDir)).filter((n) => n.endsWith('.workshop.json'))).toEqual([])
  expect(await seriousViolations(page)).toEqual([])
})

test('a broken library file reads in plain words too', async () => {
  await writeFile(join(app.libraryDir, 'notes.workshop.json'), 'Welcome everyone\n')
  const broken = page.getByRole('region', { name: /could not be opened/ })
  await expect(broken).toContainText(
    'This file is not valid JSON: line 1, column 1 (“W” is not expected there)',
  )
  await page.screenshot({ path: shotPath('library-broken.png'), fullPage: true })
})

test('export says where it went, and its one file brings the pictures into another library', async () => {
  await builtinCard().getByRole('button', { name: 'Duplicate to edit' }).click()
  const copy = card(/Copy of/)
  await expect(copy).toBeVisible()
  // Put a picture on a phase through the bridge, as the editor does.
  app.os.nextOpenPath = await writePicture(app.outsideDir, 'blue.png', SAMPLE_PNG)
  const chosen = await app.dispatch({ name: 'choosePicture', arg: {}, senderUrl: app.appUrl })
  if (!chosen.ok) throw new Error(chosen.message)
  const ref = { source: 'library', fileName: 'mentoring-both-ways-copy.workshop.json' } as const
  const opened = await app.dispatch({ name: 'openWorkshop', arg: { ref }, senderUrl: app.appUrl })
  if (!opened.ok) throw new Error(opened.message)
  const { workshop, revision } = opened.value as {
    workshop: { exercises: { kind: string; phases?: Record<string, unknown>[] }[] }
    revision: string
  }
  const first = workshop.exercises[0]
  first!.phases![0]!.image = {
    ref: (chosen.value as { ref: string }).ref,
    alt: 'A blue square',
    placement: 'beside',
  }
  const saved = await app.dispatch({
    name: 'saveWorkshop',
    arg: { ref, workshop, baseRevision: revision, overwrite: false },
    senderUrl: app.appUrl,
  })
  if (!saved.ok) throw new Error(saved.message)

  const target = join(app.outsideDir, 'to-share.workshop.json')
  app.os.nextSavePath = target
  await copy.getByRole('button', { name: 'Export…' }).click()
  await expect(page.getByRole('status')).toContainText(`Exported with its picture to ${target}.`)

  // Another computer: its own library and user data. The one file brings the picture along.
  const other = await startTestApp()
  try {
    const there = await other.openView('console')
    other.os.nextOpenPath = target
    await there.getByRole('button', { name: 'Import…' }).click()
    await expect(there.getByRole('heading', { level: 1 })).toHaveText('Mentoring Both Ways')
    await there.getByRole('button', { name: '✎ Edit' }).click()
    await there
      .getByRole('region', { name: 'Agenda' })
      .getByRole('button', { name: 'Welcome: Who Taught Whom?', exact: true })
      .click()
    const thumbnail = there
      .getByRole('group', { name: 'Phase 1 picture', exact: true })
      .getByRole('img', { name: 'A blue square' })
    await expect(thumbnail).toHaveAttribute(
      'src',
      `data:image/png;base64,${SAMPLE_PNG.toString('base64')}`,
    )
    expect(await readdir(join(other.libraryDir, 'pictures'))).toEqual([
      (chosen.value as { ref: string }).ref,
    ])
  } finally {
    await other.close()
  }
})
