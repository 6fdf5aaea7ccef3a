import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { RunCommand } from '@common/domain/run/commands'
import type { RoomTheme, Workshop } from '@common/domain/workshop/schema'
import { loadBuiltinWorkshop } from '../support/builtin-workshop'
import { valueOf } from '../support/result-value'
import type { TestApp } from './harness'

/** The screen shapes a room is tested at: 16:9, 16:10 and 4:3. */
export const roomShapes = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x768', width: 1024, height: 768 },
] as const

export const roomThemes: RoomTheme[] = ['dark', 'light', 'highContrast']

const sentence =
  'Talk with your partner about a time when someone helped you learn something difficult, what they did that made the difference, and what you would do the same way. '

/** A prompt of exactly `length` characters of ordinary words. */
export function writeLongPrompt(length: number): string {
  return (
    sentence
      .repeat(Math.ceil(length / sentence.length))
      .slice(0, length)
      .trimEnd() + '.'
  )
}

/**
 * The built-in workshop with its first exercise's first phase holding the longest prompts the
 * format allows (12 of 2000 characters), the second a short one, and a picture on the third.
 */
export function buildLongWorkshop(theme: RoomTheme = 'dark'): Workshop {
  const builtin = loadBuiltinWorkshop()
  const exercises = builtin.exercises.map((item, index) => {
    if (index !== 0 || item.kind !== 'exercise') return item
    const [first, second, ...rest] = item.phases
    if (first === undefined || second === undefined) throw new Error('needs two phases')
    return {
      ...item,
      phases: [
        { ...first, prompts: Array.from({ length: 12 }, () => writeLongPrompt(1999)) },
        { ...second, prompts: ['Say your name and one thing you hope to take away today.'] },
        ...rest,
      ],
    }
  })
  return { ...builtin, title: 'Long prompts', roomTheme: theme, exercises }
}

/** Saves `workshop` in the library and prepares a session on it, as the console would. */
export async function prepareSession(app: TestApp, workshop: Workshop): Promise<void> {
  const fileName = 'room-test.workshop.json'
  await writeFile(join(app.libraryDir, fileName), JSON.stringify(workshop, null, 2))
  valueOf(
    await app.dispatch({
      name: 'startRun',
      arg: { ref: { source: 'library', fileName }, replace: true },
      senderUrl: app.appUrl,
    }),
  )
}

/** Runs one command through the real validation and services, as the console's buttons do. */
export async function runCommand(app: TestApp, command: RunCommand): Promise<void> {
  valueOf(await app.dispatch({ name: 'runCommand', arg: { command }, senderUrl: app.appUrl }))
}

/** A font size as a share of the room screen's height. */
export async function measureShareOfHeight(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize) / window.innerHeight)
}
