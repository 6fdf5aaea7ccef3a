import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { parseWorkshopText } from '@common/domain/workshop/parse'
import type { Exercise, Workshop } from '@common/domain/workshop/schema'
import { problemInEnglish } from '../support/workshop-problem'

/** The one workshop file in a library folder that holds a single copy. */
export async function libraryWorkshopFile(libraryDir: string): Promise<string> {
  const files = (await readdir(libraryDir)).filter((n) => n.endsWith('.workshop.json'))
  expect(files).toHaveLength(1)
  return join(libraryDir, files[0] ?? '')
}

/** That workshop as saved on disk. */
export async function readLibraryWorkshop(libraryDir: string): Promise<Workshop> {
  const parsed = parseWorkshopText(await readFile(await libraryWorkshopFile(libraryDir), 'utf8'))
  if (!parsed.ok) throw new Error(problemInEnglish(parsed.problem))
  return parsed.workshop
}

export function exerciseOf(workshop: Workshop, id: string): Exercise {
  const item = workshop.exercises.find((candidate) => candidate.id === id)
  if (item?.kind !== 'exercise') throw new Error(`no exercise ${id}`)
  return item
}

/** Duplicates the built-in workshop from its card, opens the copy and its editor. */
export async function openEditorOnCopy(page: Page): Promise<void> {
  await page
    .getByRole('listitem', { name: /Mentoring/ })
    .getByRole('button', { name: 'Duplicate to edit' })
    .click()
  await page
    .getByRole('listitem', { name: /Copy of “Mentoring Both Ways”/ })
    .getByRole('button', { name: 'Open' })
    .click()
  await page.getByRole('button', { name: '✎ Edit' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Editing')
}

/** axe-core's serious and critical findings on the page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** Where screenshots go: FACILITATOR_SHOTS when set (to look at them), else the test's output. */
export function shotPath(name: string): string {
  const folder = process.env.FACILITATOR_SHOTS
  return folder === undefined ? test.info().outputPath(name) : join(folder, name)
}
