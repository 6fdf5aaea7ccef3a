import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LEFTOVER_AFTER_MS } from '../../../electron/services/storage/leftover-temp-files'
import { makeTempFolder } from '../../support/temp-folders'
import { startTestServices } from '../../support/test-services'

let scratch: Awaited<ReturnType<typeof makeTempFolder>>
beforeEach(async () => {
  scratch = await makeTempFolder('leftovers')
})
afterEach(async () => {
  await scratch.remove()
})

/** Writes a file dated `ageMs` back. */
async function writeAged(path: string, ageMs: number): Promise<void> {
  await writeFile(path, 'partial')
  const when = new Date(Date.now() - ageMs)
  await utimes(path, when, when)
}

describe('leftover temp files', () => {
  it('are removed at start from the library, its sessions and pictures, and user data (case 9)', async () => {
    const libraryDir = join(scratch.path, 'library')
    const userDataDir = join(scratch.path, 'user-data')
    const sessionsDir = join(libraryDir, 'sessions')
    const picturesDir = join(libraryDir, 'pictures')
    await mkdir(sessionsDir, { recursive: true })
    await mkdir(picturesDir)
    await mkdir(userDataDir)
    const old = LEFTOVER_AFTER_MS + 60_000
    await writeAged(join(picturesDir, `.${'a'.repeat(64)}.png.0123456789ab.tmp`), old)
    await writeAged(join(libraryDir, '.a.workshop.json.0123456789ab.tmp'), old)
    await writeAged(join(libraryDir, '.a.workshop.json.bak.ba9876543210.tmp'), old)
    await writeAged(join(sessionsDir, '.s.session.json.00112233aabb.tmp'), old)
    await writeAged(join(userDataDir, '.settings.json.ffeeddccbbaa.tmp'), old)
    // Kept: a write of another app instance may own a fresh one; the user's own files are theirs.
    await writeAged(join(libraryDir, '.b.workshop.json.0123456789ab.tmp'), 1000)
    await writeAged(join(libraryDir, 'notes.tmp'), old)

    const app = await startTestServices({ libraryDir, userDataDir })
    try {
      expect((await readdir(libraryDir)).sort()).toEqual([
        '.b.workshop.json.0123456789ab.tmp',
        '.workshop.schema.json',
        'notes.tmp',
        'pictures',
        'sessions',
      ])
      expect(await readdir(picturesDir)).toEqual([])
      expect(await readdir(sessionsDir)).toEqual([])
      expect((await readdir(userDataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    } finally {
      await app.cleanUp()
    }
  })
})
