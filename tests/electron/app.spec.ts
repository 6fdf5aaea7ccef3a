import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { repoRoot } from '../support/paths'

/**
 * The Electron binary is fetched on first `npm start`, not by `npm install`. Look for it without
 * requiring the 'electron' package, which would try to download it.
 */
function electronBinary(): string | null {
  const packageDir = join(repoRoot, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const skipReason = 'skipped: no Electron binary (run npm start once to fetch it)'
if (binary === null) console.log(skipReason)

test('the built app opens the console and the room display, wired to the bridge', async () => {
  test.skip(binary === null, skipReason)
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    // As `npm start` launches it: Electron started on the project folder, so the app path, the
    // name and the user-data folder are the app's own.
    args: [repoRoot, '--no-sandbox'],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '0' },
  })
  try {
    await expect.poll(() => app.windows().length).toBe(2)
    const pages = app.windows()
    const console = pages.find((p) => p.url().includes('#/console'))
    const room = pages.find((p) => p.url().includes('#/room'))
    expect(console).toBeDefined()
    expect(room).toBeDefined()
    await expect(console!.getByRole('listitem', { name: /Mentoring/ })).toBeVisible()
    const keys = await console!.evaluate(() => Object.keys(window.facilitator ?? {}).sort())
    expect(keys).toContain('listLibrary')
    expect(keys).toContain('on')
    const noNode = await room!.evaluate(
      () => typeof (window as unknown as { require?: unknown }).require,
    )
    expect(noNode).toBe('undefined')
    const blocked = await console!.evaluate(() => window.open('https://example.org/'))
    expect(blocked).toBeNull()
    expect(app.windows()).toHaveLength(2)
  } finally {
    await app.close()
  }
})
