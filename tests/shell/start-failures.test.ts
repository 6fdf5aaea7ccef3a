import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { repoRoot } from '../support/paths'
import { makeTempFolder } from '../support/temp-folders'
import { mustShow, useShell } from './shell-harness'

const shell = useShell()

/** The built app copied to a folder of its own, without `resources/`, as a broken install. */
async function installWithoutResources() {
  const folder = await makeTempFolder('broken-install')
  await cp(join(repoRoot, 'out'), join(folder.path, 'out'), { recursive: true })
  await cp(join(repoRoot, 'package.json'), join(folder.path, 'package.json'))
  await symlink(join(repoRoot, 'node_modules'), join(folder.path, 'node_modules'), 'dir')
  return folder
}

async function logText(logs: string): Promise<string> {
  return readFile(join(logs, 'main.log'), 'utf8')
}

describe('a start that fails', () => {
  it('shows a dialog naming the failure and the log, logs it, and quits', async () => {
    const install = await installWithoutResources()
    try {
      const app = shell.launch({
        appPath: install.path,
        mainScript: join(install.path, 'out/main/index.js'),
      })
      const { code, state } = await app.exitsWithin(15_000)
      expect(code).toBe(1)
      expect(state?.windows.filter((w) => !w.destroyed)).toEqual([])
      const [dialog, ...others] = state?.dialogs ?? []
      expect(others).toEqual([])
      expect(dialog).toMatchObject({ kind: 'error', title: 'Facilitator could not start' })
      expect(dialog?.detail).toContain(join(install.path, 'resources', 'workshops'))
      const logFile = join(state?.logs ?? '', 'main.log')
      expect(dialog?.detail).toContain(logFile)
      expect(await logText(state?.logs ?? '')).toContain('Facilitator could not start')
    } finally {
      await install.remove()
    }
  })
})

describe('a start with damaged app files', () => {
  const damaged = '{"state": {"status": "running", "phase'

  it('sets a corrupt restore point aside, starts, and says so once the console shows', async () => {
    await mkdir(shell.userData(), { recursive: true })
    await writeFile(join(shell.userData(), 'run-restore.json'), damaged)
    const app = shell.launch()
    const state = await app.waitFor('the notice', (s) => s.dialogs.length > 0)
    mustShow(state, 'console')
    expect(state.dialogs).toHaveLength(1)
    expect(state.dialogs[0]?.kind).toBe('message')
    expect(state.dialogs[0]?.detail).toMatch(/restore point could not be read/)
    const files = await readdir(shell.userData())
    const keptAs = files.find((f) => f.startsWith('run-restore.json.unreadable-'))
    expect(keptAs).toBeDefined()
    expect(await readFile(join(shell.userData(), keptAs ?? ''), 'utf8')).toBe(damaged)
    const run = await app.call<{ ok: boolean; value: { state: unknown } }>(
      mustShow(state, 'console'),
      'getRun',
    )
    expect(run).toMatchObject({ ok: true, value: { state: null } })
  })

  it('keeps a damaged settings file aside instead of saving defaults over it', async () => {
    await mkdir(shell.userData(), { recursive: true })
    await writeFile(join(shell.userData(), 'settings.json'), '{"libraryFolder": "/Volumes/Work')
    const app = shell.launch()
    const state = await app.waitFor('the notice', (s) => s.dialogs.length > 0)
    expect(state.dialogs[0]?.detail).toMatch(/Your settings could not be read/)
    await app.call(mustShow(state, 'console'), 'updatePreferences', { muted: true })
    const files = await readdir(shell.userData())
    const keptAs = files.find((f) => f.startsWith('settings.json.unreadable-'))
    expect(await readFile(join(shell.userData(), keptAs ?? ''), 'utf8')).toContain('/Volumes/Work')
  })

  it('rebuilds a corrupt library index without troubling the user, and logs it', async () => {
    await mkdir(shell.userData(), { recursive: true })
    await writeFile(join(shell.userData(), 'library-index.json'), 'not json')
    const app = shell.launch()
    const state = await app.started()
    const listing = await app.call<{ ok: boolean }>(mustShow(state, 'console'), 'listLibrary')
    expect(listing.ok).toBe(true)
    expect(state.dialogs).toEqual([])
    expect(await logText(state.logs)).toMatch(/Set aside unreadable .*library-index\.json/)
  })
})

describe('launching the built main script directly', () => {
  it('finds the resources and keeps the name and folders of Facilitator', async () => {
    const app = shell.launch({ appPath: join(repoRoot, 'out/main') })
    const state = await app.started()
    expect(state.appName).toBe('Facilitator')
    expect(state.userData).toBe(shell.userData())
    const listing = await app.call<{ ok: boolean }>(mustShow(state, 'console'), 'listLibrary')
    expect(listing.ok).toBe(true)
    expect(state.dialogs).toEqual([])
  })
})
