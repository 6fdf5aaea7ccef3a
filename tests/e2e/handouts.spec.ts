import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { readPdfInfo, readPdfText } from '../support/poppler'
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
  // Every exercise starts on an odd page; the left-hand pages this adds say Notes in their head.
  const added = readPdfInfo(duplex).pages - readPdfInfo(single).pages
  expect(added).toBeGreaterThan(0)
  expect(readPdfText(duplex).split('Mentoring Both Ways · Notes').length - 1).toBe(added)
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
