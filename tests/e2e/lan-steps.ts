import { createServer } from 'node:net'
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import type { LanCapability } from '@common/lan/lan-constants'
import { linkWording } from '@common/lan/lan-wording'
import { messageRef } from '@common/i18n/message-ref'
import { inEnglish } from '../support/in-english'
import { valueOf } from '../support/result-value'
import type { TestApp } from './harness'
import { openSidePanel } from './steps'

/** A port free on loopback now, as a facilitator would type one in. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

/** Opens the console's Room's network panel and turns the switch on; waits for the links. */
export async function openToNetwork(console: Page): Promise<void> {
  await openSidePanel(console, 'Room’s network')
  const panel = console.locator('.lan-panel')
  await panel.getByLabel('Port').fill(String(await freePort()))
  // The switch shows what the server is, so it turns on once the server answers.
  const toggle = panel.getByRole('checkbox', { name: 'Open this session to the room’s network' })
  await toggle.click()
  await expect(toggle).toBeChecked()
  await expect(panel.getByLabel('Remote link')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/#/)
}

/** The first link the services give for a capability, as the console would show it. */
export async function serviceLinkOf(app: TestApp, capability: LanCapability): Promise<string> {
  const status = valueOf(await app.services.handlers.getLanStatus({}))
  const url = status.links.find((link) => link.capability === capability)?.urls[0]
  if (url === undefined) throw new Error(`no ${capability} link`)
  return url
}

/** The link the console shows for a capability. */
export async function linkFor(console: Page, capability: LanCapability): Promise<string> {
  const name = inEnglish(messageRef(linkWording[capability].name))
  return console.getByLabel(inEnglish(messageRef('console.lan.link.field', { name }))).inputValue()
}

/** A phone held in one hand: 390×844 unless said (320×568 is the smallest still sold), touch. */
export async function openOnPhone(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number } = { width: 390, height: 844 },
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 3,
  })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

/** A second screen at the back of the room. */
export async function openOnScreen(browser: Browser, url: string): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  const page = await context.newPage()
  await page.goto(url)
  return page
}
