import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { readPdfText } from '../support/poppler'
import { valueOf } from '../support/result-value'
import { startBuiltinSession } from './steps'
import { startTestApp, type TestApp } from './harness'
import { linkFor, openOnPhone, openOnScreen, openToNetwork } from './lan-steps'

let app: TestApp
let consolePage: Page

test.beforeEach(async () => {
  app = await startTestApp()
  consolePage = await app.openView('console')
  await startBuiltinSession(consolePage)
  await openToNetwork(consolePage)
})

test.afterEach(async () => {
  await app.close()
})

/** Clicks a console switch that shows the server's state, and waits for it to follow. */
async function turnOn(name: string): Promise<void> {
  const toggle = consolePage.getByRole('checkbox', { name })
  await toggle.click()
  await expect(toggle).toBeChecked()
}

test('a participant’s question reaches the console, is shown on the room when chosen, and is in the debrief', async () => {
  const roomWindow = await app.openView('room')
  const roomView = await openOnScreen(app.browser, await linkFor(consolePage, 'room'))
  const phone = await openOnPhone(app.browser, await linkFor(consolePage, 'participant'))
  await expect(phone.getByTestId('participant-item')).toHaveText(/\S/)
  await expect(phone.getByRole('form', { name: 'Send a question or a note' })).toHaveCount(0)

  await turnOn('Take questions and notes')
  await phone.getByLabel('Your question').fill('How long is the break?')
  await phone.getByLabel(/Your name/).fill('Ana')
  await phone.getByRole('button', { name: 'Send' }).tap()
  await expect(phone.getByRole('status')).toHaveText('Sent. The facilitator will see it.')

  const inbox = consolePage.getByRole('list', { name: 'Questions and notes' })
  await expect(inbox).toContainText('How long is the break?')
  await expect(inbox).toContainText('Ana')
  // Nothing reaches the room until the facilitator shows it.
  await expect(roomView.getByTestId('room-audience-input')).toHaveCount(0)
  await inbox.getByRole('button', { name: 'Show on room' }).click()
  for (const room of [roomView, roomWindow])
    await expect(room.getByTestId('room-audience-input')).toContainText('How long is the break?')
  await inbox.getByRole('button', { name: 'Answered' }).click()
  await expect(roomView.getByTestId('room-audience-input')).toHaveCount(0)

  const { fileName } = valueOf(await app.services.handlers.getLiveNotes({}))
  if (fileName === null) throw new Error('no session record')
  for (const format of ['markdown', 'pdf'] as const) {
    const path = join(app.outsideDir, `debrief.${format === 'pdf' ? 'pdf' : 'md'}`)
    app.os.nextSavePath = path
    valueOf(
      await app.services.handlers.exportDebrief({
        fileName,
        format,
        paper: 'a4',
        openAfter: false,
      }),
    )
    const text = format === 'pdf' ? readPdfText(path) : await readFile(path, 'utf8')
    expect(text, format).toContain('Question from Ana: How long is the break?')
  }
})

test('a vote cast from three phones shows as a chart on the room, and its result is kept', async () => {
  const roomView = await openOnScreen(app.browser, await linkFor(consolePage, 'room'))
  const participantUrl = await linkFor(consolePage, 'participant')
  const phones = await Promise.all([1, 2, 3].map(() => openOnPhone(app.browser, participantUrl)))

  await consolePage.getByRole('button', { name: 'Open a vote…' }).click()
  await consolePage.getByLabel('Question', { exact: true }).fill('Which project first?')
  await consolePage.getByLabel('Options, one per line').fill('Garden\nLibrary\nMural')
  await consolePage.getByLabel('One choice').check()
  await consolePage.getByRole('button', { name: 'Open the vote' }).click()

  const picks = ['Library', 'Library', 'Mural']
  for (const [index, phone] of phones.entries()) {
    const ballot = phone.getByRole('form', { name: 'Vote' })
    await ballot.getByLabel(picks[index] ?? '').check()
    await ballot.getByRole('button', { name: 'Vote' }).tap()
    await expect(ballot.getByRole('status')).toContainText('Your vote is counted')
  }
  await expect(consolePage.getByText('3 voted so far')).toBeVisible()
  await consolePage.getByRole('button', { name: 'Close the vote' }).click()
  await consolePage.getByRole('button', { name: 'Show the result on the room' }).click()
  const chart = roomView.getByRole('figure', { name: 'Vote: Which project first?' })
  await expect(chart).toContainText('Library2 votes')
  await expect(chart).toContainText(/Mural1 vote(?!s)/)
  await expect(chart).toContainText('Garden0 votes')
  const notes = valueOf(await app.services.handlers.getLiveNotes({})).notes
  expect(notes.map((n) => n.text)).toContain(
    'Vote: Which project first? — Library: 2 votes; Mural: 1 vote; Garden: 0 votes (3 people voted).',
  )
})
