import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { measureTextSizes, readPdfInfo, readPdfPages } from '../support/poppler'
import { startTestApp, type TestApp } from './harness'
import { openSidePanel, prepareBuiltinSession } from './steps'

// Three people keep the file small: a pack in large print runs to forty pages on its own.
const names = ['Ana Lucía Pérez', 'Ben Oyelaran', 'Cai Wen']

let app: TestApp

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
})

test.afterEach(async () => {
  await app.close()
})

/** The middle value of `values`, zeros (blank pages) left out. */
function median(values: number[]): number {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

test('named packs print from the console in large print on Letter, each numbered and even for the copier', async () => {
  test.setTimeout(180_000)
  const console = await app.openView('console')
  await prepareBuiltinSession(console)
  await openSidePanel(console, 'Groups')
  await console.getByLabel('Names, one a line').fill(names.join('\n'))
  await console.getByRole('button', { name: 'Form groups' }).click()
  const print = console.getByRole('group', { name: 'Print the groups' })
  await print.getByLabel('Paper').selectOption('letter')
  await print.getByLabel('Large print').check()

  const file = join(app.outsideDir, 'named-packs-large.pdf')
  app.os.nextSavePath = file
  await print.getByRole('button', { name: 'Named packs' }).click()
  await expect(console.getByText(`Named packs saved to ${file}`)).toBeVisible({ timeout: 150_000 })

  const info = readPdfInfo(file)
  expect([info.width, info.height]).toEqual([612, 792])
  const pages = readPdfPages(file)
  const starts = pages.flatMap((page, index) =>
    page.includes('THIS PACK BELONGS TO') ? [index] : [],
  )
  expect(starts).toHaveLength(names.length)
  const sizes = measureTextSizes(file)
  starts.forEach((start, index) => {
    const end = starts[index + 1] ?? pages.length
    const own = pages.slice(start, end)
    expect(own[0]).toContain(names[index])
    // Double-sided: every pack but the last fills whole sheets (the last one's blank back is
    // left off the file and counted in its numbering).
    const length = own.length + (own.length % 2)
    if (index < names.length - 1) expect(own.length % 2).toBe(0)
    // Each pack numbers its own pages from 1, so a stapled pack reads "Page 1 of N" on top.
    own.forEach((page, at) => {
      if (page.trim() !== '') expect(page).toContain(`Page ${String(at + 1)} of ${String(length)}`)
    })
    // Large print: most words sit in boxes of about 1.2 times 16 point type, where normal
    // print's are near 13 points.
    expect(median(sizes.slice(start, end))).toBeGreaterThan(16)
  })
})
