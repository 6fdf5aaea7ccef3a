import { execFile } from 'node:child_process'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractAll } from '@electron/asar'
import { repoRoot } from '../support/paths'
import { normaliseText, readPdfText } from '../support/poppler'
import { makeTempFolder } from '../support/temp-folders'
import { mustShow, useShell } from './shell-harness'

const run = promisify(execFile)
const shell = useShell()

/**
 * An Electron distribution in name only: the packager copies it beside the app, and it is never
 * run. The real binary cannot be had here; everything the app itself ships is real.
 */
async function standInElectronDist(folder: string): Promise<string> {
  const dist = join(folder, 'electron-dist')
  await mkdir(join(dist, 'resources'), { recursive: true })
  await writeFile(join(dist, 'electron'), '#!/bin/sh\nexit 1\n')
  await chmod(join(dist, 'electron'), 0o755)
  await writeFile(join(dist, 'LICENSE'), 'stand-in\n')
  return dist
}

let folder: Awaited<ReturnType<typeof makeTempFolder>>
let appDir: string

beforeAll(async () => {
  folder = await makeTempFolder('package')
  const output = join(folder.path, 'dist')
  await run('node', [join(repoRoot, '.config/make-icons.mjs')], { cwd: repoRoot })
  await run(
    'npx',
    [
      'electron-builder',
      '--config',
      '.config/electron-builder.mjs',
      '--dir',
      '--linux',
      '--x64',
      `-c.directories.output=${output}`,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        FACILITATOR_ELECTRON_DIST: await standInElectronDist(folder.path),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      },
    },
  )
  appDir = join(folder.path, 'app')
  extractAll(join(output, 'linux-unpacked', 'resources', 'app.asar'), appDir)
}, 300_000)
afterAll(() => folder.remove())

/** The app as its installer runs it: Electron started on the packaged app.asar. */
function launchPackaged() {
  return shell.launch({
    appPath: appDir,
    mainScript: join(appDir, 'out/main/index.js'),
    isPackaged: true,
  })
}

describe('the packaged app', () => {
  it('starts from its own app.asar with the built code, the resources and its dependencies', async () => {
    const app = launchPackaged()
    const state = await app.started()
    expect(state.appName).toBe('Facilitator')
    expect(state.dialogs).toEqual([])
    expect(state.uncaughtErrors).toEqual([])
    const console = mustShow(state, 'console')
    const listing = await app.call<{ ok: boolean; value: { workshops: { title: string }[] } }>(
      console,
      'listLibrary',
    )
    expect(listing.value.workshops.map((w) => w.title)).toContain('Mentoring Both Ways')
    // A PDF needs pdfmake, fontkit and the embedded fonts from inside the package.
    const pdf = join(shell.paths().documents, 'pack.pdf')
    await app.request({ op: 'answerSaveDialog', path: pdf })
    const exported = await app.call(console, 'exportHandout', {
      ref: { source: 'builtin', id: 'mentoring-guide' },
      options: {
        kind: 'pack',
        paper: 'a4',
        largePrint: false,
        date: '',
        facilitator: '',
        place: '',
      },
      openAfter: false,
    })
    expect(exported).toMatchObject({ ok: true, value: { path: pdf } })
    expect(normaliseText(readPdfText(pdf))).toContain('Mentoring Both Ways')
  })

  it('has no menu items for reloading or developer tools', async () => {
    const app = launchPackaged()
    const state = await app.started()
    const roles = JSON.stringify(state.applicationMenu)
    expect(roles).toContain('"role":"copy"')
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('"role":"reload"')
  })
})
