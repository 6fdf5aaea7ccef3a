import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readPdfInfo, readPdfPages, readPdfText } from '../support/poppler'
import { openBuiltinWorkshop } from './steps'
import { startTestApp, type TestApp } from './harness'

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp()
})

test.afterEach(async () => {
  await app.close()
})

test('the console saves the participant pack as a PDF where the user chose, and opens it', async () => {
  const page = await app.openView('console')
  await openBuiltinWorkshop(page)
  const panel = page.getByRole('region', { name: 'Print handouts' })
  await panel.getByLabel('US Letter').check()
  await panel.getByLabel('Facilitator', { exact: true }).fill('Zoë Łukasiewicz')
  const target = join(app.outsideDir, 'pack.pdf')
  app.os.nextSavePath = target
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('status')).toContainText(`Saved ${target}`)
  expect(app.os.opened).toEqual([target])
  const info = readPdfInfo(target)
  expect(info.pages).toBeGreaterThan(20)
  expect(Math.round(info.width)).toBe(612)
  const text = readPdfText(target)
  expect(text).toContain('Mentoring Both Ways')
  expect(text).toContain('Zoë Łukasiewicz')
  expect(text).toContain('IMLS grant RE-95-17-0104-17')
})

test('one exercise’s worksheet, and a cancelled dialog that writes nothing', async () => {
  const page = await app.openView('console')
  await openBuiltinWorkshop(page)
  const panel = page.getByRole('region', { name: 'Print handouts' })
  await panel.getByLabel('One exercise’s worksheet').check()
  await panel.getByLabel('Exercise', { exact: true }).selectOption({ label: 'My Network Map' })
  await panel.getByLabel('Open the PDF after saving').uncheck()
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('button', { name: 'Save as PDF…' })).toBeEnabled()
  await expect(panel.getByRole('alert')).toHaveCount(0)

  const target = join(app.outsideDir, 'network-map.pdf')
  app.os.nextSavePath = target
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('status')).toContainText('Saved')
  expect(existsSync(target)).toBe(true)
  expect(app.os.opened).toEqual([])
  const text = readPdfText(target)
  expect(text).toContain('My Network Map')
  expect(text).not.toContain('Back-to-Back')
})

test('the console prints a double-sided pack and a run sheet for the number of people expected', async () => {
  const page = await app.openView('console')
  await openBuiltinWorkshop(page)
  const panel = page.getByRole('region', { name: 'Print handouts' })
  await panel.getByLabel('Open the PDF after saving').uncheck()

  const single = join(app.outsideDir, 'single.pdf')
  app.os.nextSavePath = single
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('status')).toContainText(`Saved ${single}`)
  await panel.getByLabel('For double-sided printing', { exact: false }).check()
  const duplex = join(app.outsideDir, 'duplex.pdf')
  app.os.nextSavePath = duplex
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('status')).toContainText(`Saved ${duplex}`)
  // Single-sided, exercises follow on down the pages; double-sided, every exercise starts on an
  // odd page, and a left-hand page left before one says Notes in its head.
  expect(readPdfInfo(duplex).pages).toBeGreaterThan(readPdfInfo(single).pages)
  const pages = readPdfPages(duplex)
  const starts = pages.flatMap((text, index) => (/EXERCISE \d+ OF/.test(text) ? [index + 1] : []))
  expect(starts).toHaveLength(12)
  expect(starts.filter((start) => start % 2 === 0)).toEqual([])
  const notes = pages.filter((text) => text.includes('Mentoring Both Ways · Notes'))
  expect(notes.length).toBeGreaterThan(0)
  expect(readPdfText(single)).not.toContain('Mentoring Both Ways · Notes')

  await panel.getByLabel('Facilitator run sheet').check()
  const count = panel.getByLabel('Participants, for material quantities')
  await count.fill('0')
  await expect(count).toHaveAttribute('aria-invalid', 'true')
  await expect(panel.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled()
  await count.fill('12')
  const runSheet = join(app.outsideDir, 'run-sheet.pdf')
  app.os.nextSavePath = runSheet
  await panel.getByRole('button', { name: 'Save as PDF…' }).click()
  await expect(panel.getByRole('status')).toContainText(`Saved ${runSheet}`)
  expect(readPdfText(runSheet)).toContain('Quantities for 12 participants: 6 pairs')
})
