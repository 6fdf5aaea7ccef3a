import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { builtRendererDir, repoRoot } from '../support/paths'

/** The newest modification time of any file under `path` (a file or a folder), in ms. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    info.mtimeMs,
  )
}

/** What the built renderer is made from: its sources, the shared code, the build setup. */
const rendererInputs = [
  'renderer',
  'electron/common',
  'electron.vite.config.ts',
  '.config/renderer-build.ts',
  'package.json',
  'package-lock.json',
]

/**
 * Builds the app with `electron-vite build` unless the built renderer is newer than everything
 * it is made from: the size and load-time figures must describe the code as it is now.
 */
export function ensureRendererBuilt(): void {
  const built = join(builtRendererDir, 'index.html')
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0
  const changedAt = Math.max(...rendererInputs.map((input) => newestChange(join(repoRoot, input))))
  if (builtAt > changedAt) return
  console.error('building the app (electron-vite build)…')
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error('electron-vite build failed')
}
