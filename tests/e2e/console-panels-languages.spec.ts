import { expect, test, type Page } from '@playwright/test'
import { catalogueSources } from '@common/i18n/catalogue-sources'
import type { MessageId } from '@common/i18n/message-id'
import { translatorFor } from '@common/i18n/translator'
import { shotPath } from './editing-steps'
import { startTestApp, type TestApp } from './harness'
import { freePort } from './lan-steps'
import { findSidewaysFaults } from './sideways-faults'
import { openSidePanel, speakInApp, startBuiltinSession } from './steps'

// The console's network, notes and roster panels speak the app's language (German here, whose
// words run longest of the four), and nothing in them is left in English or runs past its box at
// a 1280×800 laptop.

let app: TestApp
let console: Page

test.beforeEach(async () => {
  app = await startTestApp({ manualClock: true })
  console = await app.openView('console')
  await console.setViewportSize({ width: 1280, height: 800 })
})

test.afterEach(async () => {
  await app.close()
})

const say = (id: MessageId, values?: Record<string, string | number>) =>
  translatorFor('de').formatMessage({ id }, values)

const panelIds = Object.keys(catalogueSources.en).filter((id): id is MessageId =>
  /^console\.(lan|notes|pairs)\./.test(id),
)
const germanWords = panelIds.map((id) => catalogueSources.de[id]).join('\n')

/**
 * The panels' English labels and sentences, to find none of: those German says otherwise (the
 * app's name, Facilitator, is one word in both).
 */
const englishWords = panelIds
  .map((id) => catalogueSources.en[id])
  .filter((words) => !words.includes('{') && words.length > 4 && !germanWords.includes(words))

/** The panel's words as a person or a screen reader meets them: text, labels and options. */
async function wordsOf(selector: string): Promise<string> {
  return console.locator(selector).evaluate((panel) => {
    const labels = [...panel.querySelectorAll('[aria-label],[placeholder],[alt]')].flatMap((e) =>
      ['aria-label', 'placeholder', 'alt'].map((name) => e.getAttribute(name) ?? ''),
    )
    const options = [...panel.querySelectorAll('option')].map((option) => option.textContent)
    return [panel.textContent, ...labels, ...options].join('\n')
  })
}

async function expectSpoken(selector: string, shot: string): Promise<void> {
  const words = await wordsOf(selector)
  expect(englishWords.filter((english) => words.includes(english))).toEqual([])
  expect(await findSidewaysFaults(console, selector)).toEqual([])
  await console.evaluate(() => document.fonts.ready)
  await console.screenshot({ path: shotPath(`${shot}-de.png`) })
  // The panel scrolls: its top too.
  await console.locator(selector).evaluate((panel) => panel.scrollIntoView())
  await console.screenshot({ path: shotPath(`${shot}-top-de.png`) })
}

test('the network, notes and roster panels speak German, whole at 1280×800', async () => {
  test.setTimeout(120_000)
  await startBuiltinSession(console)
  await speakInApp(console, 'de')

  await openSidePanel(console, say('console.tab.notes'))
  const note = console.getByRole('textbox', { name: new RegExp(`^${say('console.notes.note')}`) })
  await expect(note).toHaveAttribute('placeholder', say('console.notes.placeholder'))
  await note.fill('Die Paare brauchen mehr Zeit')
  await note.press('Alt+P')
  await note.press('Enter')
  await expect(console.locator('.note-tag')).toHaveText(/Themenspeicher/)
  await expectSpoken('.notes-pane', 'console-notes')

  await openSidePanel(console, say('console.tab.groups'))
  await console
    .getByLabel(say('console.pairs.names'))
    .fill(['Ana', 'Ben', 'Chiara', 'Dev', 'Emre', 'Fatou', 'Greta'].join('\n'))
  await console.getByRole('button', { name: say('console.pairs.form') }).click()
  // The groups are searched for in the main process while the running console draws its clock:
  // on a busy machine that takes longer than a click's answer.
  await expect(console.getByRole('region', { name: say('console.pairs.round.label') })).toBeVisible(
    { timeout: 20_000 },
  )
  await console.getByText(say('console.pairs.rules.title')).click()
  await expect(console.locator('.pairs-panel h2')).toHaveText(
    say('console.pairs.titleWithCount', { count: 7 }),
  )
  await expectSpoken('.pairs-panel', 'console-pairs')

  await openSidePanel(console, say('console.tab.network'))
  const panel = console.locator('.lan-panel')
  await panel.getByLabel(say('console.lan.port')).fill(String(await freePort()))
  await panel.getByRole('checkbox', { name: say('console.lan.switch') }).click()
  await expect(panel.getByLabel('Link „Fernbedienung“')).toHaveValue(/^http:/)
  await panel.getByRole('checkbox', { name: say('console.lan.moderation.take') }).click()
  await panel.getByRole('button', { name: say('console.lan.vote.compose') }).click()
  await panel.getByText(say('console.lan.hints')).click()
  await expectSpoken('.lan-panel', 'console-lan')
})
