import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'

/**
 * Playwright's own Chromium when it is installed, else the system's (Debian's package), so the
 * tests never need to download a browser.
 */
export function chromiumExecutable(): string | undefined {
  const bundled = chromium.executablePath()
  if (existsSync(bundled)) return undefined
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error(
    'No Chromium found: install Debian’s chromium package or run `npx playwright install chromium`.',
  )
}

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args })
}

/**
 * Chromium on a profile kept on disk in `folder`, as Electron keeps a window's session: unlike a
 * fresh context, it keeps the code compiled from scripts between loads.
 */
export function launchChromiumProfile(folder: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(folder, {
    executablePath: chromiumExecutable(),
    args,
    viewport: { width: 1280, height: 860 },
  })
}
