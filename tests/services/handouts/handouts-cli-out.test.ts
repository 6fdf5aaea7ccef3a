import { spawnSync } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'vite'
import { repoRoot } from '../../support/paths'
import { diskOrSkip, mountSmallDisk, type SmallDisk } from '../../support/small-disk'
import { makeTempFolder } from '../../support/temp-folders'

// The command is bundled as `npm run handouts` bundles it, then run by plain node; into a folder
// of its own, since the other test file of the command empties out/cli as it builds.
const outDir = join(repoRoot, 'out/cli-out-test')
const cli = join(outDir, 'handouts.mjs')
let folder: Awaited<ReturnType<typeof makeTempFolder>>
let disk: SmallDisk | string

beforeAll(async () => {
  await build({
    configFile: join(repoRoot, '.config/vite-handouts-cli.config.ts'),
    build: { outDir },
    logLevel: 'silent',
  })
  folder = await makeTempFolder('handouts-out')
  disk = await mountSmallDisk('handouts-disk')
})
afterAll(async () => {
  if (typeof disk !== 'string') await disk.unmount()
  await folder.remove()
})

function run(out: string, kind = 'runsheet') {
  const result = spawnSync(process.execPath, [cli, 'builtin', '--kind', kind, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'en_GB.UTF-8', LC_PAPER: '', LANG: '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Exit 1 with one line that says what is wrong, and no stack trace. */
function expectRefused(result: ReturnType<typeof run>, reason: RegExp) {
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  const lines = result.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^handouts: /)
  expect(lines[0]).toMatch(reason)
}

describe('npm run handouts with an --out it cannot use', () => {
  it('says so in one line when --out is a file', async () => {
    const file = join(folder.path, 'a-file')
    await writeFile(file, 'not a folder')
    expectRefused(run(file), /a file stands where a folder should be/)
  })

  it('says so in one line when --out is under a file', async () => {
    const file = join(folder.path, 'another-file')
    await writeFile(file, 'not a folder')
    expectRefused(run(join(file, 'pdfs')), /a file stands where a folder should be/)
  })

  it('refuses a system folder such as /proc/self', () => {
    expectRefused(run('/proc/self'), /system folder/)
  })

  it('does not follow a link in the folder to overwrite a file outside it', async () => {
    const out = join(folder.path, 'linked')
    await mkdir(out)
    const outside = join(folder.path, 'precious.txt')
    await writeFile(outside, 'keep me')
    await symlink(outside, join(out, 'mentoring-both-ways-run-sheet-a4.pdf'))
    expectRefused(run(out), /link/)
    expect(await readFile(outside, 'utf8')).toBe('keep me')
  })

  it('says so in one line on a read-only folder', async (context) => {
    // Mounting a read-only folder needs what mounting the small disk needs.
    diskOrSkip(disk, context)
    const readOnly = join(folder.path, 'read-only')
    await mkdir(readOnly)
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=100k', 'tmpfs', readOnly])
    try {
      expectRefused(run(readOnly), /read-only/)
    } finally {
      execFileSync('umount', ['-l', readOnly])
    }
  })

  it('leaves no truncated PDF on a full disk', async (context) => {
    const small = diskOrSkip(disk, context)
    const out = join(small.path, 'pdfs')
    await mkdir(out)
    await small.fill(8192)
    try {
      expectRefused(run(out, 'pack'), /disk is full/)
      expect((await readdir(out)).filter((name) => name.endsWith('.pdf'))).toEqual([])
      expect(existsSync(join(out, 'mentoring-both-ways-participant-pack-a4.pdf'))).toBe(false)
    } finally {
      await small.free()
    }
  })
})
