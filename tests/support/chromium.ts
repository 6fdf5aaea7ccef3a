import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
